package io.taxstream.corpus;

import io.taxstream.corpus.testkit.Printed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a document's text shows, in normalised form: every number, date and month printed
 * anywhere, so a test can ask whether a truth value is printed in some form.
 */
final class PrintedForms implements Printed {

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})(?!\\d)");
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*";
    private static final Pattern NAMED_DATE = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?[-\\s]" + MONTH + "[-\\s,]+(\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern NAMED_MONTH = Pattern.compile(MONTH + "[-\\s',]+(\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern NUMERIC_MONTH = Pattern.compile("(?<![\\d/])(\\d{1,2})[/-](\\d{4})(?!\\d)");

    final String text;
    final String folded;
    final Set<BigDecimal> numbers = new HashSet<>();
    final Set<LocalDate> dates = new HashSet<>();
    final Set<YearMonth> months = new HashSet<>();

    PrintedForms(String text) {
        this.text = text;
        this.folded = text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(new BigDecimal(m.group().replace(",", "")).setScale(2, RoundingMode.HALF_UP));
        }
        dates();
        months();
    }

    private void dates() {
        Matcher m = NUMERIC_DATE.matcher(folded);
        while (m.find()) {
            add(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        m = NAMED_DATE.matcher(folded);
        int from = 0;
        while (m.find(from)) {
            from = m.start() + 1;
            int month = MONTHS.indexOf(m.group(2)) + 1;
            if (month > 0) {
                add(m.group(1), month, m.group(3));
            }
        }
    }

    private void add(String day, int month, String year) {
        int y = year.length() == 2 ? 2000 + Integer.parseInt(year) : Integer.parseInt(year);
        try {
            dates.add(LocalDate.of(y, month, Integer.parseInt(day)));
        } catch (java.time.DateTimeException ignored) {
            // not a date after all
        }
    }

    private void months() {
        Matcher m = NAMED_MONTH.matcher(folded);
        while (m.find()) {
            int month = MONTHS.indexOf(m.group(1)) + 1;
            if (month > 0) {
                String y = m.group(2);
                months.add(YearMonth.of(y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y), month));
            }
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

    @Override
    public boolean showsAmount(String value) {
        return numbers.contains(new BigDecimal(value).abs().setScale(2, RoundingMode.HALF_UP));
    }

    @Override
    public boolean showsDate(String iso) {
        return dates.contains(LocalDate.parse(iso));
    }

    @Override
    public boolean showsMonth(String ym) {
        return months.contains(YearMonth.parse(ym));
    }

    /** A year span such as {@code 2023-24}, printed as 2023-24, 2023-2024 or 2023 - 24. */
    @Override
    public boolean showsYears(String span) {
        String start = span.substring(0, 4);
        String end = span.substring(5);
        String compact = folded.replace(" ", "");
        return compact.contains(start + "-" + end) || compact.contains(start + "-20" + end)
                || compact.contains(start + "–" + end);
    }

    /** Text as printed, compared case-insensitively; a wrapped value only needs all its words. */
    @Override
    public boolean showsText(String value) {
        String v = value.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (folded.contains(v)) {
            return true;
        }
        for (String word : v.split(" ")) {
            if (!folded.contains(word)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean showsAccount(String value) {
        String compact = text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return compact.contains(value.toUpperCase(Locale.ROOT));
    }
}
