package io.taxstream.processors.normalize;

import java.util.Locale;
import java.util.Map;

/** Month names, full and abbreviated, to month numbers; and calendar checks without exceptions. */
final class Months {

    private static final Map<String, Integer> BY_PREFIX = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    /** Two-digit years up to this one are 20yy, above it 19yy (the POSIX {@code %y} rule). */
    static final int PIVOT = 68;

    private Months() {
    }

    /**
     * The month number of a name matched by {@link Patterns#MONTH_NAME} ({@code Apr}, {@code APRIL},
     * {@code Sept.}), or 0.
     */
    static int number(String name) {
        if (name.length() < 3) {
            return 0;
        }
        Integer m = BY_PREFIX.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
        return m == null ? 0 : m;
    }

    /** A four-digit year from two or four digits, by {@link #PIVOT}. */
    static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return y <= PIVOT ? 2000 + y : 1900 + y;
        }
        return y;
    }

    /** Whether the day exists in that month and year (1900–2099). */
    static boolean isValid(int year, int month, int day) {
        if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]) {
            return false;
        }
        return month != 2 || day < 29 || year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    static String iso(int year, int month, int day) {
        return year + "-" + two(month) + "-" + two(day);
    }

    static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
