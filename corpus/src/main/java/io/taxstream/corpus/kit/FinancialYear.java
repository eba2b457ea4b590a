package io.taxstream.corpus.kit;

import java.time.LocalDate;
import java.util.Locale;

/** Financial (and assessment) years: the contract's {@code YYYY-YY}, the long form and their bounds. */
public final class FinancialYear {

    private FinancialYear() {
    }

    /** {@code 2023-24} for the year starting in April of {@code start}. */
    public static String span(int start) {
        return start + "-" + String.format(Locale.ROOT, "%02d", (start + 1) % 100);
    }

    /** {@code 2023-2024}. */
    public static String longSpan(int start) {
        return start + "-" + (start + 1);
    }

    /** 1 April of the year. */
    public static LocalDate first(int start) {
        return LocalDate.of(start, 4, 1);
    }

    /** 31 March of the next year. */
    public static LocalDate last(int start) {
        return LocalDate.of(start + 1, 3, 31);
    }

    /** The start year of the financial year a date falls in. */
    public static int of(LocalDate d) {
        return d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1;
    }
}
