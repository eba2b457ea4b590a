package io.taxstream.corpus.kit;

import io.taxstream.corpus.CorpusWriter;
import io.taxstream.corpus.GeneratedDocument;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** What the corpus generators' command lines share: option values, exit codes, writing and the report. */
public final class CommandLine {

    private CommandLine() {
    }

    /** Exits with the code unless it is 0, so a run that went well ends as the JVM would. */
    public static void exit(int code) {
        if (code != 0) {
            System.exit(code);
        }
    }

    /** The value of the option at {@code i - 1}; refuses a missing one. */
    public static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    /**
     * Generates the documents, writes them to {@code dir} and reports how many and how large:
     * {@code wrote 12 <noun> (345 KiB) to DIR in 678 ms}.
     */
    public static void generateAndWrite(Path dir, String noun, Supplier<List<GeneratedDocument>> generate,
            PrintStream out) throws IOException {
        long start = System.nanoTime();
        List<GeneratedDocument> docs = generate.get();
        CorpusWriter.write(dir, docs);
        long bytes = docs.stream().mapToLong(d -> d.content().length).sum();
        out.printf(Locale.ROOT, "wrote %d %s (%d KiB) to %s in %d ms%n", docs.size(), noun, bytes / 1024, dir,
                (System.nanoTime() - start) / 1_000_000);
    }
}
