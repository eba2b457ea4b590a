package io.taxstream.processors.normalize;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Financial and assessment years to {@code YYYY-YY}: {@code FY 2023-2024}, {@code F.Y. 2023-24},
 * {@code 2023/24}, {@code A.Y. 2024-25}. The two years must be consecutive. A range labelled as the
 * other kind is converted (the assessment year follows its financial year: asked for the financial
 * year, {@code A.Y. 2024-25} gives {@code 2023-24}). Without a range, a period from 1 April of one
 * year to 31 March of the next gives that financial year.
 */
final class FinancialYears {

    private static final Pattern RANGE = Pattern.compile("(?<!\\d)(?<from>(?:19|20)\\d{2})\\s*[-/]\\s*"
            + "(?<to>(?:19|20)\\d{2}|\\d{2})(?!\\d|[/.-]\\d)");
    private static final Pattern AY_LABEL = Pattern.compile(
            "(?<![a-z])(?:a\\.?\\s?y|assessment\\s+year)\\.?\\s*[:.(-]?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FY_LABEL = Pattern.compile(
            "(?<![a-z])(?:f\\.?\\s?y|p\\.?\\s?y|financial\\s+year|previous\\s+year)\\.?\\s*[:.(-]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** How far before a range its label may start. */
    private static final int LABEL_REACH = 24;

    private FinancialYears() {
    }

    static Optional<String> financialYear(String raw) {
        return startYear(raw, false).map(FinancialYears::format);
    }

    static Optional<String> assessmentYear(String raw) {
        return startYear(raw, true).map(FinancialYears::format);
    }

    private static Optional<Integer> startYear(String raw, boolean assessment) {
        String s = Chars.fold(raw);
        Matcher m = RANGE.matcher(s);
        while (m.find()) {
            int from = Integer.parseInt(m.group("from"));
            if (!consecutive(from, m.group("to"))) {
                continue;
            }
            String before = s.substring(Math.max(0, m.start() - LABEL_REACH), m.start());
            if (assessment && FY_LABEL.matcher(before).find()) {
                return Optional.of(from + 1);
            }
            if (!assessment && AY_LABEL.matcher(before).find()) {
                return Optional.of(from - 1);
            }
            return Optional.of(from);
        }
        return fromPeriod(s).map(fy -> assessment ? fy + 1 : fy);
    }

    /** A period 1 April Y to 31 March Y+1, e.g. {@code 01/04/2023 to 31/03/2024}, gives Y. */
    private static Optional<Integer> fromPeriod(String s) {
        Matcher m = Patterns.DATE.matcher(s);
        String first = null;
        String second = null;
        while (m.find() && second == null) {
            Optional<String> d = Dates.date(m.group());
            if (d.isPresent()) {
                if (first == null) {
                    first = d.get();
                } else {
                    second = d.get();
                }
            }
        }
        if (first == null || second == null || !first.endsWith("-04-01") || !second.endsWith("-03-31")) {
            return Optional.empty();
        }
        int from = Integer.parseInt(first.substring(0, 4));
        return Integer.parseInt(second.substring(0, 4)) == from + 1 ? Optional.of(from) : Optional.empty();
    }

    private static boolean consecutive(int from, String to) {
        int next = Integer.parseInt(to);
        return to.length() == 2 ? next == (from + 1) % 100 : next == from + 1;
    }

    private static String format(int from) {
        return from + "-" + Months.two((from + 1) % 100);
    }
}
