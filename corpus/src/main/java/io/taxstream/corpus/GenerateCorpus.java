package io.taxstream.corpus;

import io.taxstream.corpus.CorpusSpec.Kind;
import io.taxstream.corpus.CorpusSpec.Option;
import io.taxstream.corpus.kit.CommandLine;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Command line: writes a generated corpus to a folder. Run with {@code --help} for usage. */
public final class GenerateCorpus {

    private GenerateCorpus() {
    }

    public static void main(String[] args) throws IOException {
        CommandLine.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Path dir = null;
        long seed = 42;
        int perType = 10;
        List<Kind> kinds = new ArrayList<>(List.of(Kind.values()));
        Set<Option> options = EnumSet.noneOf(Option.class);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    usage(out);
                    return 0;
                }
                case "--out" -> dir = Path.of(CommandLine.value(args, ++i));
                case "--seed" -> seed = Long.parseLong(CommandLine.value(args, ++i));
                case "--per-type" -> perType = Integer.parseInt(CommandLine.value(args, ++i));
                case "--types" -> kinds = kinds(CommandLine.value(args, ++i));
                case "--random-layouts" -> options.add(Option.RANDOM_LAYOUTS);
                case "--pdf-only" -> options.add(Option.PDF_ONLY);
                default -> {
                    err.println("unknown argument: " + args[i]);
                    usage(err);
                    return 2;
                }
            }
        }
        if (dir == null) {
            err.println("--out DIR is required");
            usage(err);
            return 2;
        }
        CorpusSpec spec = new CorpusSpec(seed, perType, kinds, options);
        CommandLine.generateAndWrite(dir, "documents", () -> new CorpusGenerator().generate(spec), out);
        return 0;
    }

    private static List<Kind> kinds(String csv) {
        List<Kind> out = new ArrayList<>();
        for (String s : csv.split(",")) {
            out.add(Kind.valueOf(s.trim().toUpperCase(Locale.ROOT)));
        }
        return out;
    }

    private static void usage(PrintStream s) {
        s.println("""
                Usage: GenerateCorpus --out DIR [--seed N] [--per-type N] [--types T1,T2,...]
                                      [--random-layouts] [--pdf-only]

                Writes realistic Indian tax documents with their ground truth:
                  <name>.pdf or <name>.txt   the document (names reveal nothing of its type)
                  <name>.truth.json          expected extraction in the contract's shape
                  passwords.json, hints.json passwords and password-derivation hints, when any

                  --out DIR          folder to write to (created if missing)
                  --seed N           seed; the same seed gives byte-identical output (default 42)
                  --per-type N       documents per type (default 10)
                  --types LIST       comma-separated, default all of:
                                     FORM_16, PAYSLIP, BANK_STATEMENT, INTEREST_CERTIFICATE, CAPITAL_GAINS,
                                     INVESTMENT_PROOF, UNKNOWN (near-misses), BAD (unreadable input),
                                     ENCRYPTED (password-protected with conventional passwords)
                  --random-layouts   pick layouts at random instead of in turn
                  --pdf-only         leave out plain-text documents
                """);
    }
}
