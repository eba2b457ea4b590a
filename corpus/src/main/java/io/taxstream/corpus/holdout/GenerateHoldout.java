package io.taxstream.corpus.holdout;

import io.taxstream.corpus.kit.CommandLine;
import io.taxstream.corpus.kit.HoldoutCommand;
import java.io.IOException;
import java.io.PrintStream;

/**
 * Command line: writes the holdout corpus to a folder, each document beside its
 * {@code <name>.truth.json}. Usage: {@code GenerateHoldout --out DIR [--seed N] [--per-layout N]}.
 */
public final class GenerateHoldout {

    private static final HoldoutCommand COMMAND = new HoldoutCommand("GenerateHoldout",
            "Writes the holdout corpus: documents in layouts the extractors were not developed on.", 7L,
            "holdout documents", HoldoutCorpus::generate);

    private GenerateHoldout() {
    }

    public static void main(String[] args) throws IOException {
        CommandLine.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit code (0 done, 2 bad arguments). */
    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        return COMMAND.run(args, out, err);
    }
}
