package io.taxstream.processors.load;

import java.time.Duration;

/**
 * A point in time after which a load gives up. PDFBox cannot be interrupted, so loaders call
 * {@link #check()} between pages, between password attempts and every few hundred content-stream
 * operators; a single slow PDFBox call (one huge stream, one font) still runs to its end, which the
 * decoded-bytes cap keeps short.
 */
final class Deadline {

    private final long startNanos;
    private final long endNanos;

    private Deadline(long startNanos, long budgetNanos) {
        this.startNanos = startNanos;
        this.endNanos = startNanos + budgetNanos;
    }

    /** A deadline {@code budget} from now. */
    static Deadline after(Duration budget) {
        return new Deadline(System.nanoTime(), budget.toNanos());
    }

    boolean expired() {
        return System.nanoTime() - endNanos > 0;
    }

    /** Throws {@link LoadFailure.Reason#TIMEOUT} once the deadline has passed. */
    void check() throws LoadFailure {
        if (expired()) {
            throw new LoadFailure(LoadFailure.Reason.TIMEOUT, "gave up after " + elapsedMillis() + " ms");
        }
    }

    long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000L;
    }
}
