package io.taxstream.corpus.util;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The date forms Indian documents print; numeric forms are always day first. */
public enum DateStyle {
    DASHED("01-04-2023"),
    SLASHED("01/04/2023"),
    DOTTED("01.04.2023"),
    SHORT_YEAR("01/04/23"),
    MONTH_ABBR("01-Apr-2023"),
    MONTH_ABBR_SPACED("01 Apr 2023"),
    MONTH_ABBR_UPPER("01-APR-2023"),
    ORDINAL("1st April 2023"),
    LONG("01 April 2023");

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private final String example;

    DateStyle(String example) {
        this.example = example;
    }

    /** An example of this style, for documentation. */
    public String example() {
        return example;
    }

    public static DateStyle random(Rng rng) {
        return rng.pick(List.of(values()));
    }

    /** A random style among those compact enough for table cells. */
    public static DateStyle randomCompact(Rng rng) {
        return rng.pick(List.of(DASHED, SLASHED, DOTTED, SHORT_YEAR, MONTH_ABBR, MONTH_ABBR_SPACED, MONTH_ABBR_UPPER));
    }

    public String format(LocalDate d) {
        String dd = two(d.getDayOfMonth());
        String mm = two(d.getMonthValue());
        String yyyy = String.valueOf(d.getYear());
        return switch (this) {
            case DASHED -> dd + "-" + mm + "-" + yyyy;
            case SLASHED -> dd + "/" + mm + "/" + yyyy;
            case DOTTED -> dd + "." + mm + "." + yyyy;
            case SHORT_YEAR -> dd + "/" + mm + "/" + yyyy.substring(2);
            case MONTH_ABBR -> dd + "-" + abbr(d) + "-" + yyyy;
            case MONTH_ABBR_SPACED -> dd + " " + abbr(d) + " " + yyyy;
            case MONTH_ABBR_UPPER -> dd + "-" + abbr(d).toUpperCase(Locale.ROOT) + "-" + yyyy;
            case ORDINAL -> d.getDayOfMonth() + ordinal(d.getDayOfMonth()) + " " + monthName(d.getMonthValue()) + " " + yyyy;
            case LONG -> dd + " " + monthName(d.getMonthValue()) + " " + yyyy;
        };
    }

    /** The contract's normalised form of a date. */
    public static String truth(LocalDate d) {
        return d.toString();
    }

    public static String monthName(int month) {
        return MONTHS[month - 1];
    }

    public static String abbr(LocalDate d) {
        return MONTHS[d.getMonthValue() - 1].substring(0, 3);
    }

    /** The ordinal suffix of a day of the month: {@code st}, {@code nd}, {@code rd} or {@code th}. */
    public static String ordinal(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }
}
