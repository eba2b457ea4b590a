package io.taxstream.processors.normalize;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates to ISO {@code YYYY-MM-DD} and months to {@code YYYY-MM}. Numeric dates are always read day
 * first ({@code 01/04/2023} is the first of April), except a four-digit year first, which reads as
 * ISO. Two-digit years follow {@link Months#PIVOT}: {@code 00}–{@code 68} are 20yy, {@code 69}–{@code 99}
 * are 19yy. Impossible calendar dates are rejected. A weekday before the date and a time after it
 * are ignored.
 */
final class Dates {

    private static final String M = "(?<m>" + Patterns.MONTH_NAME + ")";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final Pattern WEEKDAY = Pattern.compile(
            "^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile(
            "(?:\\s+|T)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*[ap]\\.?m\\.?)?(?:\\s*(?:ist|z|[+-]\\d{2}:?\\d{2}))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<d>\\d{1,2})\\s?(?<sep>[/.-])\\s?(?<mo>\\d{1,2})\\s?\\k<sep>\\s?(?<y>\\d{4}|\\d{2})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(?<y>\\d{4})(?<sep>[/.-])(?<mo>\\d{1,2})\\k<sep>(?<d>\\d{1,2})");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<d>\\d{1,2})" + ORDINAL + "(?:\\s+of)?[\\s.,/'-]*" + M
            + "[\\s.,/'-]*(?<y>\\d{4}|\\d{2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile(M + "\\s*(?<d>\\d{1,2})" + ORDINAL + ",?\\s+(?<y>\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern[] DATE_FORMS = {DAY_FIRST, YEAR_FIRST, DAY_MONTH, MONTH_DAY};

    private static final Pattern NAMED_MONTH = Pattern.compile("(?<![a-z])" + M + "[\\s,.'/-]*(?<y>\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_MONTH_SHORT = Pattern.compile("(?<![a-z])" + M + "[\\s,.'/-]*(?<y>\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?<![\\d/.-])(?<mo>\\d{1,2})\\s?[/.-]\\s?(?<y>\\d{4})(?![\\d/.-])");
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<![\\d/.-])(?<y>\\d{4})[/.-](?<mo>\\d{1,2})(?![\\d/.-])");
    private static final Pattern[] NUMERIC_MONTH_FORMS = {MONTH_YEAR, YEAR_MONTH};

    private Dates() {
    }

    /**
     * A date token as ISO: {@code 01-Apr-2023} → {@code 2023-04-01}. A text holding exactly one date
     * ({@code Date : 01/04/2023}) gives that date; a text with two different dates gives none.
     */
    static Optional<String> date(String raw) {
        String s = strip(Chars.fold(raw).trim());
        Optional<String> whole = token(s);
        if (whole.isPresent()) {
            return whole;
        }
        Matcher m = Patterns.DATE.matcher(s);
        String found = null;
        while (m.find()) {
            Optional<String> d = token(m.group());
            if (d.isPresent() && found != null && !found.equals(d.get())) {
                return Optional.empty();
            }
            found = d.orElse(found);
        }
        return Optional.ofNullable(found);
    }

    /** The first date anywhere in a text, as ISO. */
    static Optional<String> findDate(String text) {
        Matcher m = Patterns.DATE.matcher(Chars.fold(text));
        while (m.find()) {
            Optional<String> d = token(m.group());
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> token(String s) {
        for (Pattern form : DATE_FORMS) {
            Matcher m = form.matcher(s);
            if (m.matches()) {
                return iso(m);
            }
        }
        return Optional.empty();
    }

    /**
     * The month a text names, as {@code YYYY-MM}; the text may be a phrase
     * ({@code Pay slip for the month of March 2024}). A month name with a four-digit year wins, then a
     * full date, then a month name with a two-digit year ({@code Mar-24}), then {@code 03/2024}, then
     * {@code 2024-03}.
     */
    static Optional<String> month(String raw) {
        String s = Chars.fold(raw);
        Matcher named = NAMED_MONTH.matcher(s);
        if (named.find()) {
            return yearMonth(Integer.parseInt(named.group("y")), Months.number(named.group("m")));
        }
        Optional<String> date = findDate(s);
        if (date.isPresent()) {
            return Optional.of(date.get().substring(0, 7));
        }
        Matcher shortYear = NAMED_MONTH_SHORT.matcher(s);
        if (shortYear.find()) {
            return yearMonth(Months.year(shortYear.group("y")), Months.number(shortYear.group("m")));
        }
        for (Pattern form : NUMERIC_MONTH_FORMS) {
            Matcher m = form.matcher(s);
            while (m.find()) {
                Optional<String> ym = yearMonth(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("mo")));
                if (ym.isPresent()) {
                    return ym;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> iso(Matcher m) {
        int year = Months.year(m.group("y"));
        int month = m.pattern() == DAY_MONTH || m.pattern() == MONTH_DAY
                ? Months.number(m.group("m")) : Integer.parseInt(m.group("mo"));
        int day = Integer.parseInt(m.group("d"));
        return Months.isValid(year, month, day) ? Optional.of(Months.iso(year, month, day)) : Optional.empty();
    }

    private static Optional<String> yearMonth(int year, int month) {
        return Months.isValid(year, month, 1) ? Optional.of(year + "-" + Months.two(month)) : Optional.empty();
    }

    private static String strip(String s) {
        String t = WEEKDAY.matcher(s).replaceFirst("");
        return TIME.matcher(t).replaceFirst("");
    }
}
