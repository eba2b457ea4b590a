package io.taxstream.corpus.holdout2;

import io.taxstream.corpus.CorpusWriter;
import io.taxstream.corpus.GeneratedDocument;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Command line: writes the second holdout corpus to a folder, each document beside its
 * {@code <name>.truth.json}. Usage: {@code GenerateHoldout2 --out DIR [--seed N] [--per-layout N]}.
 */
public final class GenerateHoldout2 {

    private GenerateHoldout2() {
    }

    public static void main(String[] args) throws IOException {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the command; returns the exit code (0 done, 2 bad arguments). */
    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Path dir = null;
        long seed = 11L;
        int perLayout = 5;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--help", "-h" -> {
                        usage(out);
                        return 0;
                    }
                    case "--out" -> dir = Path.of(value(args, ++i));
                    case "--seed" -> seed = Long.parseLong(value(args, ++i));
                    case "--per-layout" -> perLayout = Integer.parseInt(value(args, ++i));
                    default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
                }
            }
            if (dir == null) {
                throw new IllegalArgumentException("--out DIR is required");
            }
            if (perLayout < 0) {
                throw new IllegalArgumentException("--per-layout must not be negative");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            usage(err);
            return 2;
        }
        long start = System.nanoTime();
        List<GeneratedDocument> docs = Holdout2Corpus.generate(seed, perLayout);
        CorpusWriter.write(dir, docs);
        long bytes = docs.stream().mapToLong(d -> d.content().length).sum();
        out.printf(Locale.ROOT, "wrote %d second-holdout documents (%d KiB) to %s in %d ms%n", docs.size(), bytes / 1024, dir,
                (System.nanoTime() - start) / 1_000_000);
        return 0;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void usage(PrintStream s) {
        s.println("""
                Usage: GenerateHoldout2 --out DIR [--seed N] [--per-layout N]

                Writes the second holdout corpus: layouts apart from the development corpus and the first holdout set.
                  <name>.pdf                 the document (names reveal nothing of its type or layout)
                  <name>.truth.json          expected extraction in the contract's shape

                  --out DIR          folder to write to (created if missing)
                  --seed N           seed; the same seed gives byte-identical output (default 11)
                  --per-layout N     documents per layout (default 5)
                """);
    }
}
