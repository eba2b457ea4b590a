package io.taxstream.corpus.holdout2.kit;

import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Date forms of the second holdout set; numeric forms are day first, as Indian documents print
 * them. Several are ones neither earlier set prints ({@code 5/4/24}, {@code 5-4-2024},
 * {@code 5th April 2024}, {@code 05-APR-2024}, {@code 5 Apr 24}).
 */
public enum When {
    /** {@code 5/4/24}. */
    D_M_YY,
    /** {@code 5/4/2024}. */
    D_M_YYYY,
    /** {@code 5-4-2024}. */
    D_M_DASHED,
    /** {@code 05-Apr-2024}. */
    DD_MMM_YYYY,
    /** {@code 05-APR-2024}. */
    DD_MMM_UPPER,
    /** {@code 5 Apr 24}. */
    D_MMM_YY,
    /** {@code 2024-04-05}. */
    ISO,
    /** {@code 05.04.2024}. */
    DOTTED,
    /** {@code 05/04/2024}. */
    SLASHED,
    /** {@code 5th April 2024}. */
    ORDINAL,
    /** {@code 05 April 2024}. */
    LONG;

    public String of(LocalDate d) {
        int day = d.getDayOfMonth();
        String dd = two(day);
        String mm = two(d.getMonthValue());
        String yyyy = String.valueOf(d.getYear());
        String mon = DateStyle.abbr(d);
        return switch (this) {
            case D_M_YY -> day + "/" + d.getMonthValue() + "/" + yyyy.substring(2);
            case D_M_YYYY -> day + "/" + d.getMonthValue() + "/" + yyyy;
            case D_M_DASHED -> day + "-" + d.getMonthValue() + "-" + yyyy;
            case DD_MMM_YYYY -> dd + "-" + mon + "-" + yyyy;
            case DD_MMM_UPPER -> dd + "-" + mon.toUpperCase(Locale.ROOT) + "-" + yyyy;
            case D_MMM_YY -> day + " " + mon + " " + yyyy.substring(2);
            case ISO -> yyyy + "-" + mm + "-" + dd;
            case DOTTED -> dd + "." + mm + "." + yyyy;
            case SLASHED -> dd + "/" + mm + "/" + yyyy;
            case ORDINAL -> day + DateStyle.ordinal(day) + " " + DateStyle.monthName(d.getMonthValue()) + " " + yyyy;
            case LONG -> dd + " " + DateStyle.monthName(d.getMonthValue()) + " " + yyyy;
        };
    }

    /** A form short enough for a table cell. */
    public static When compact(Rng rng) {
        return rng.pick(List.of(D_M_YY, D_M_YYYY, D_M_DASHED, DD_MMM_YYYY, DD_MMM_UPPER, D_MMM_YY, ISO, DOTTED,
                SLASHED));
    }

    /** Any form, for letters and headers. */
    public static When any(Rng rng) {
        return rng.pick(List.of(values()));
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }
}
