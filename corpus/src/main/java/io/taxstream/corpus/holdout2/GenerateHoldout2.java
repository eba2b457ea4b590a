package io.taxstream.corpus.holdout2;

import io.taxstream.corpus.kit.CommandLine;
import io.taxstream.corpus.kit.HoldoutCommand;
import java.io.IOException;
import java.io.PrintStream;

/**
 * Command line: writes the second holdout corpus to a folder, each document beside its
 * {@code <name>.truth.json}. Usage: {@code GenerateHoldout2 --out DIR [--seed N] [--per-layout N]}.
 */
public final class GenerateHoldout2 {

    private static final HoldoutCommand COMMAND = new HoldoutCommand("GenerateHoldout2",
            "Writes the second holdout corpus: layouts apart from the development corpus and the first holdout set.",
            11L, "second-holdout documents", Holdout2Corpus::generate);

    private GenerateHoldout2() {
    }

    public static void main(String[] args) throws IOException {
        CommandLine.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit code (0 done, 2 bad arguments). */
    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        return COMMAND.run(args, out, err);
    }
}
