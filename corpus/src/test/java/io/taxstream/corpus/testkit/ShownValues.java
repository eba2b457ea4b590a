package io.taxstream.corpus.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a document's text shows, normalised: every number, date and month printed anywhere,
 * in the forms the corpora use (ISO dates, month-first dates, two-digit years, 5/4/24,
 * 5th April 2024, 05-APR-2024, Apr'24, Jun-24), so a test can ask whether a truth value is printed
 * in some form.
 */
public final class ShownValues {

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final String MON = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*";
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d-])(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern NAMED_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?[-\\s/]" + MON
            + "[-\\s/,]+(\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern MONTH_FIRST = Pattern.compile(MON + "\\s+(\\d{1,2}),\\s*(\\d{4})(?!\\d)");
    private static final Pattern NAMED_MONTH = Pattern.compile(MON + "[-\\s',]+(\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern NUMERIC_MONTH = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{4})(?!\\d)");

    final String text;
    final String folded;
    final String compact;
    final Set<BigDecimal> numbers = new HashSet<>();
    final Set<LocalDate> dates = new HashSet<>();
    final Set<YearMonth> months = new HashSet<>();

    public ShownValues(String text) {
        this.text = text;
        this.folded = text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        this.compact = folded.replace(" ", "");
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(new BigDecimal(m.group().replace(",", "")).setScale(2, RoundingMode.HALF_UP));
        }
        m = NUMERIC_DATE.matcher(folded);
        while (m.find()) {
            add(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), m.group(1), m.group(3).length());
        }
        m = ISO_DATE.matcher(folded);
        while (m.find()) {
            add(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), 4);
        }
        m = NAMED_DATE.matcher(folded);
        int from = 0;
        while (m.find(from)) {
            from = m.start() + 1;
            add(Integer.parseInt(m.group(3)), MONTHS.indexOf(m.group(2)) + 1, m.group(1), m.group(3).length());
        }
        m = MONTH_FIRST.matcher(folded);
        while (m.find()) {
            add(Integer.parseInt(m.group(3)), MONTHS.indexOf(m.group(1)) + 1, m.group(2), 4);
        }
        m = NAMED_MONTH.matcher(folded);
        while (m.find()) {
            int y = Integer.parseInt(m.group(2));
            months.add(YearMonth.of(y < 100 ? 2000 + y : y, MONTHS.indexOf(m.group(1)) + 1));
        }
        m = NUMERIC_MONTH.matcher(folded);
        while (m.find()) {
            int month = Integer.parseInt(m.group(1));
            if (month >= 1 && month <= 12) {
                months.add(YearMonth.of(Integer.parseInt(m.group(2)), month));
            }
        }
        for (LocalDate d : dates) {
            months.add(YearMonth.from(d));
        }
    }

    private void add(int year, int month, String day, int yearDigits) {
        int y = yearDigits == 2 ? 2000 + year : year;
        try {
            dates.add(LocalDate.of(y, month, Integer.parseInt(day)));
        } catch (DateTimeException ignored) {
            // not a date after all
        }
    }

    public boolean showsAmount(String value) {
        BigDecimal v = new BigDecimal(value).abs().setScale(2, RoundingMode.HALF_UP);
        return numbers.contains(v) || v.signum() == 0 && folded.matches(".*\\bnil\\b.*");
    }

    public boolean showsDate(String iso) {
        return dates.contains(LocalDate.parse(iso));
    }

    public boolean showsMonth(String ym) {
        return months.contains(YearMonth.parse(ym));
    }

    /** A year span such as {@code 2023-24}, printed as 2023-24, 2023-2024 or 2023 - 24. */
    public boolean showsYears(String span) {
        String start = span.substring(0, 4);
        String end = span.substring(5);
        return compact.contains(start + "-" + end) || compact.contains(start + "-20" + end);
    }

    /** Text as printed (case-insensitive); a wrapped value only needs each of its pieces. */
    public boolean showsText(String value) {
        String v = value.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (folded.contains(v)) {
            return true;
        }
        for (String piece : v.split("[\\s/*\\-]+")) {
            if (!piece.isEmpty() && !folded.contains(piece)) {
                return false;
            }
        }
        return true;
    }

    public boolean showsAccount(String value) {
        return text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT).contains(value.toUpperCase(Locale.ROOT));
    }
}
