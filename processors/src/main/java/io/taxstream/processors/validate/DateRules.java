package io.taxstream.processors.validate;

import io.taxstream.processors.extract.Extraction;
import io.taxstream.processors.extract.Item;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Dates lie inside the financial year or period the document states" (a warning): the stated
 * period is {@code period_from}–{@code period_to} when both are there, else the financial year
 * ({@code financial_year}, or the year before {@code assessment_year}).
 */
public final class DateRules {

    private DateRules() {
    }

    /**
     * @param fields     date fields to check
     * @param itemValues date values of line items to check (e.g. {@code date}, {@code sale_date})
     */
    public static Rule withinStatedPeriod(Set<String> fields, Set<String> itemValues) {
        return within(fields, itemValues, true);
    }

    /** The named date fields lie inside the financial year the document states (a Form 16's period in its year). */
    public static Rule withinFinancialYear(Set<String> fields) {
        return within(fields, Set.of(), false);
    }

    private static Rule within(Set<String> fields, Set<String> itemValues, boolean usePeriod) {
        return extraction -> {
            LocalDate[] bounds = bounds(extraction, usePeriod);
            if (bounds == null) {
                return List.of();
            }
            List<Issue> issues = new ArrayList<>();
            for (String field : fields) {
                check(field, extraction.value(field), bounds, issues);
            }
            List<Item> items = extraction.items();
            for (int i = 0; i < items.size(); i++) {
                for (String name : itemValues) {
                    check(items.get(i).kind() + " " + (i + 1) + " " + name, items.get(i).get(name), bounds, issues);
                }
            }
            return issues.size() > 5 ? List.of(issues.get(0), Issue.warn("dates_within_period",
                    (issues.size() - 1) + " more dates outside the stated period")) : issues;
        };
    }

    private static void check(String what, String value, LocalDate[] bounds, List<Issue> issues) {
        LocalDate d = date(value);
        if (d != null && (d.isBefore(bounds[0]) || d.isAfter(bounds[1]))) {
            issues.add(Issue.warn("dates_within_period", what + " " + value + " lies outside " + bounds[0] + " to " + bounds[1]));
        }
    }

    private static LocalDate[] bounds(Extraction x, boolean usePeriod) {
        LocalDate from = date(x.value("period_from"));
        LocalDate to = date(x.value("period_to"));
        if (usePeriod && from != null && to != null && !from.isAfter(to)) {
            return new LocalDate[] {from, to};
        }
        Integer start = firstYear(x.value("financial_year"));
        if (start == null) {
            Integer ay = firstYear(x.value("assessment_year"));
            start = ay == null ? null : ay - 1;
        }
        return start == null ? null : new LocalDate[] {LocalDate.of(start, 4, 1), LocalDate.of(start + 1, 3, 31)};
    }

    private static Integer firstYear(String yyyyDashYy) {
        if (yyyyDashYy == null || yyyyDashYy.length() < 4) {
            return null;
        }
        try {
            return Integer.parseInt(yyyyDashYy.substring(0, 4));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
