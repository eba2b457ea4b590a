package io.taxstream.corpus;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What to generate.
 *
 * @param seed    the seed every choice follows from
 * @param perType documents per kind (a split Form 16 counts once and yields two files)
 * @param kinds   the kinds to generate, in order
 * @param options switches
 */
public record CorpusSpec(long seed, int perType, List<Kind> kinds, Set<Option> options) {

    public CorpusSpec {
        if (perType < 0) {
            throw new IllegalArgumentException("perType must not be negative: " + perType);
        }
        kinds = List.copyOf(kinds);
        options = options.isEmpty() ? EnumSet.noneOf(Option.class) : EnumSet.copyOf(options);
    }

    /** Every kind, layouts taken in turn. */
    public static CorpusSpec of(long seed, int perType) {
        return new CorpusSpec(seed, perType, List.of(Kind.values()), Set.of());
    }

    public static CorpusSpec of(long seed, int perType, Kind... kinds) {
        return new CorpusSpec(seed, perType, List.of(kinds), Set.of());
    }

    public boolean has(Option option) {
        return options.contains(option);
    }

    /** Kinds of generated documents: the contract's types plus bad and encrypted input. */
    public enum Kind {
        FORM_16, PAYSLIP, BANK_STATEMENT, INTEREST_CERTIFICATE, CAPITAL_GAINS, INVESTMENT_PROOF, UNKNOWN,
        /** unreadable input: corrupt, empty, random, image-only, locked without password. */
        BAD,
        /** Form 16s and bank statements locked with passwords that follow Indian conventions. */
        ENCRYPTED
    }

    /** Generation switches. */
    public enum Option {
        /** Choose each document's layout at random instead of taking the layouts in turn. */
        RANDOM_LAYOUTS,
        /** Leave out plain-text documents (for consumers that take PDFs only). */
        PDF_ONLY
    }
}
