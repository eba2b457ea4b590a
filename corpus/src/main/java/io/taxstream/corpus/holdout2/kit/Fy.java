package io.taxstream.corpus.holdout2.kit;

import io.taxstream.corpus.kit.FinancialYear;
import java.time.LocalDate;

/** Financial and assessment years: the contract's {@code YYYY-YY} and printed forms. */
public final class Fy {

    private Fy() {
    }

    /** {@code 2023-24} for the year starting in April 2023. */
    public static String span(int start) {
        return FinancialYear.span(start);
    }

    /** {@code 2023-2024}. */
    public static String full(int start) {
        return start + "-" + (start + 1);
    }

    public static LocalDate first(int start) {
        return LocalDate.of(start, 4, 1);
    }

    public static LocalDate last(int start) {
        return LocalDate.of(start + 1, 3, 31);
    }

    /** The start year of the financial year a date falls in. */
    public static int of(LocalDate d) {
        return d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1;
    }
}
