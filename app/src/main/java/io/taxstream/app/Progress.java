package io.taxstream.app;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/** A one-line progress bar on stderr, redrawn at most ten times a second. */
class Progress {

    private final String label;
    private final int total;
    private final PrintStream err;
    private final AtomicInteger done = new AtomicInteger();
    private final long started = System.nanoTime();
    private volatile long lastDraw;

    private Progress(String label, int total, PrintStream err) {
        this.label = label;
        this.total = total;
        this.err = err;
    }

    static Progress onStderr(String label, int total) {
        return new Progress(label, total, System.err);
    }

    static Progress silent() {
        return new Progress("", 0, null) {
            @Override
            void step() {
            }

            @Override
            void done(String summary) {
            }
        };
    }

    void step() {
        int n = done.incrementAndGet();
        long now = System.nanoTime();
        if (n == total || now - lastDraw > 100_000_000L) {
            lastDraw = now;
            draw(n, "");
        }
    }

    /** Redraws with extra text, e.g. status counts. */
    void show(int n, String extra) {
        done.set(n);
        draw(n, extra);
    }

    void done(String summary) {
        draw(done.get(), "");
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf("%n%s: %d in %.1f s (%.1f/s)%s%n", label, done.get(), seconds, done.get() / Math.max(seconds, 1e-9),
                summary.isEmpty() ? "" : " — " + summary);
    }

    private synchronized void draw(int n, String extra) {
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) n * width / total);
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + n + "/" + total
                + (extra.isEmpty() ? "" : "  " + extra) + "   ");
        err.flush();
    }
}
