package io.taxstream.corpus.holdout.kit;

import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Date forms of the holdout corpus, including some the main corpus never prints (ISO, month first, two-digit years). */
public enum Day {
    /** {@code 2023-05-12}. */
    ISO,
    /** {@code 12/05/2023}. */
    SLASHED,
    /** {@code 12-05-2023}. */
    DASHED,
    /** {@code 12.05.2023}. */
    DOTTED,
    /** {@code 12-May-23}. */
    MON_SHORT_YEAR,
    /** {@code 12-MAY-23}. */
    MON_UPPER_SHORT_YEAR,
    /** {@code 12 May 2023}. */
    SPACED,
    /** {@code May 12, 2023}. */
    MONTH_FIRST,
    /** {@code 12/May/2023}. */
    SLASHED_MON,
    /** {@code 12 May, 2023}. */
    SPACED_COMMA;

    public String format(LocalDate d) {
        String dd = two(d.getDayOfMonth());
        String mm = two(d.getMonthValue());
        String yyyy = String.valueOf(d.getYear());
        String yy = yyyy.substring(2);
        String mon = DateStyle.abbr(d);
        return switch (this) {
            case ISO -> yyyy + "-" + mm + "-" + dd;
            case SLASHED -> dd + "/" + mm + "/" + yyyy;
            case DASHED -> dd + "-" + mm + "-" + yyyy;
            case DOTTED -> dd + "." + mm + "." + yyyy;
            case MON_SHORT_YEAR -> dd + "-" + mon + "-" + yy;
            case MON_UPPER_SHORT_YEAR -> dd + "-" + mon.toUpperCase(Locale.ROOT) + "-" + yy;
            case SPACED -> dd + " " + mon + " " + yyyy;
            case MONTH_FIRST -> mon + " " + d.getDayOfMonth() + ", " + yyyy;
            case SLASHED_MON -> dd + "/" + mon + "/" + yyyy;
            case SPACED_COMMA -> d.getDayOfMonth() + " " + DateStyle.monthName(d.getMonthValue()) + ", " + yyyy;
        };
    }

    /** A form compact enough for a table cell. */
    public static Day compact(Rng rng) {
        return rng.pick(List.of(ISO, SLASHED, DASHED, DOTTED, MON_SHORT_YEAR, MON_UPPER_SHORT_YEAR, SPACED,
                SLASHED_MON));
    }

    /** Any form, for running text and headers. */
    public static Day any(Rng rng) {
        return rng.pick(List.of(values()));
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }
}
