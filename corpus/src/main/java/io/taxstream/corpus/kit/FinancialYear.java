package io.taxstream.corpus.kit;

import java.util.Locale;

/** The contract's form of a financial (or assessment) year. */
public final class FinancialYear {

    private FinancialYear() {
    }

    /** {@code 2023-24} for the year starting in April of {@code start}. */
    public static String span(int start) {
        return start + "-" + String.format(Locale.ROOT, "%02d", (start + 1) % 100);
    }
}
