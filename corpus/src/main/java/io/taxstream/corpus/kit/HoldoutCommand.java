package io.taxstream.corpus.kit;

import io.taxstream.corpus.GeneratedDocument;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The command line of a holdout set: {@code NAME --out DIR [--seed N] [--per-layout N]}. Exit
 * codes: 0 done (or help shown), 2 bad arguments, with the message and the usage on the error stream.
 */
public final class HoldoutCommand {

    /** Generates a holdout set: {@code perLayout} documents of every layout. */
    @FunctionalInterface
    public interface Generator {
        List<GeneratedDocument> generate(long seed, int perLayout);
    }

    private static final int DEFAULT_PER_LAYOUT = 5;

    private final String name;
    private final String description;
    private final long defaultSeed;
    private final String noun;
    private final Generator generator;

    /**
     * @param name        the command's name in the usage
     * @param description the usage's one-line description of the set
     * @param defaultSeed the seed without {@code --seed}
     * @param noun        what the report says it wrote, e.g. {@code holdout documents}
     * @param generator   the set's generator
     */
    public HoldoutCommand(String name, String description, long defaultSeed, String noun, Generator generator) {
        this.name = name;
        this.description = description;
        this.defaultSeed = defaultSeed;
        this.noun = noun;
        this.generator = generator;
    }

    /** Runs the command; returns the exit code (0 done, 2 bad arguments). */
    public int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Path dir = null;
        long seed = defaultSeed;
        int perLayout = DEFAULT_PER_LAYOUT;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--help", "-h" -> {
                        usage(out);
                        return 0;
                    }
                    case "--out" -> dir = Path.of(CommandLine.value(args, ++i));
                    case "--seed" -> seed = Long.parseLong(CommandLine.value(args, ++i));
                    case "--per-layout" -> perLayout = Integer.parseInt(CommandLine.value(args, ++i));
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
        long s = seed;
        int n = perLayout;
        CommandLine.generateAndWrite(dir, noun, () -> generator.generate(s, n), out);
        return 0;
    }

    private void usage(PrintStream s) {
        s.println(String.format(Locale.ROOT, """
                Usage: %s --out DIR [--seed N] [--per-layout N]

                %s
                  <name>.pdf                 the document (names reveal nothing of its type or layout)
                  <name>.truth.json          expected extraction in the contract's shape

                  --out DIR          folder to write to (created if missing)
                  --seed N           seed; the same seed gives byte-identical output (default %d)
                  --per-layout N     documents per layout (default %d)
                """, name, description, defaultSeed, DEFAULT_PER_LAYOUT));
    }
}
