package io.taxstream.processors.types;

import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.layout.Line;
import io.taxstream.processors.rules.Draft;
import io.taxstream.processors.rules.Parsed;
import io.taxstream.processors.rules.TableReader;
import io.taxstream.processors.rules.ValueParser;
import io.taxstream.processors.rules.ValueParsers;
import io.taxstream.processors.validate.Issue;
import io.taxstream.processors.validate.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What Form 16 needs beyond labels: the quarters, the period, the tax regime, and which parts it has. */
final class Form16Completion {

    private static final Pattern QUARTER_WORD = Pattern.compile(
            "(?i)^\\s*(?:quarter\\s*)?(?:q\\s?([1-4])|quarter\\s*([1-4])|([1-4])(?:st|nd|rd|th)\\s+quarter|(apr|jul|oct|jan)[a-z]*\\s*(?:-|to)\\s*[a-z]+)");
    private static final Pattern OLD_OR_NEW = Pattern.compile("(?i)^\\W*(old|new)\\b");
    /** The tax regime printed as a word under a "Tax Regime" label: "Old", "New (u/s 115BAC)". */
    static final ValueParser REGIME_WORD = text -> {
        Matcher m = OLD_OR_NEW.matcher(text.replaceFirst("^[\\s:=-]+", ""));
        return m.find() ? Optional.of(new Parsed(m.group(1).toUpperCase(Locale.ROOT), 0, text.length())) : Optional.empty();
    };
    static final ValueParser QUARTER = text -> {
        Matcher m = QUARTER_WORD.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        if (n == null) {
            n = switch (m.group(4).toLowerCase(Locale.ROOT)) {
                case "apr" -> "1";
                case "jul" -> "2";
                case "oct" -> "3";
                default -> "4";
            };
        }
        return Optional.of(new Parsed("Q" + n, m.start(), m.end()));
    };
    private static final Pattern RECEIPT = Pattern.compile("(?<![A-Za-z0-9])[A-Z0-9]{6,}(?![A-Za-z0-9])");
    private static final Pattern PART_A = Pattern.compile("(?i)\\bpart\\s*-?\\s*a\\b");
    private static final Pattern PART_B = Pattern.compile("(?i)\\bpart\\s*-?\\s*b\\b");
    private static final Pattern PERIOD = Pattern.compile("(?i)\\bperiod\\b");
    private static final Pattern REGIME = Pattern.compile("(?i)115\\s?bac");
    private static final Pattern OPTING_OUT = Pattern.compile("(?i)opt(ing|ed)?\\s+out");
    private static final Pattern YES = Pattern.compile("(?i)\\b(yes|y)\\b");
    private static final Pattern NO = Pattern.compile("(?i)\\b(no|n)\\b");
    private static final Pattern REGIME_WORDS = Pattern.compile("(?i)\\b(new|old)\\s+(tax\\s+)?regime\\b|\\bregime\\s*[:-]?\\s*(new|old)\\b");

    private Form16Completion() {
    }

    static Optional<Map<String, String>> quarterRow(Map<String, String> cells) {
        Map<String, String> out = new LinkedHashMap<>();
        QUARTER.first(cells.getOrDefault("quarter", "")).ifPresent(q -> out.put("quarter", q.value()));
        Matcher receipt = RECEIPT.matcher(cells.getOrDefault("receipt_number", ""));
        if (receipt.find()) {
            out.put("receipt_number", receipt.group());
        }
        amount(cells, "amount_paid").ifPresent(v -> out.put("amount_paid", v));
        amount(cells, "tax_deducted").ifPresent(v -> out.put("tax_deducted", v));
        amount(cells, "tax_deposited").ifPresent(v -> out.put("tax_deposited", v));
        return out.containsKey("quarter") && out.containsKey("tax_deducted") ? Optional.of(out) : Optional.empty();
    }

    private static Optional<String> amount(Map<String, String> cells, String column) {
        return ValueParsers.of(FieldKind.AMOUNT).first(cells.getOrDefault(column, "")).map(Parsed::value);
    }

    static void complete(Draft draft) {
        if (!draft.has("employer_name")) {
            Titles.organisation(draft.layout().lines(), true).ifPresent(t ->
                    draft.put("employer_name", t.value(), 0.7, t.page(), null));
        }
        totalTds(draft);
        period(draft);
        regime(draft);
        parts(draft);
    }

    /** total_tds is the Total row of Part A's quarterly summary. */
    private static void totalTds(Draft draft) {
        Optional<TableReader.Table> table = draft.table("tds_quarter");
        if (table.isEmpty() || table.get().rows().isEmpty()) {
            return;
        }
        for (TableReader.Row total : table.get().totals()) {
            Optional<String> v = amount(total.cells(), "tax_deducted");
            if (v.isPresent()) {
                draft.put("total_tds", v.get(), 0.95, total.page(), null);
                return;
            }
        }
    }

    /** The period with the employer: the first two dates after a "period" label, earlier one first. */
    private static void period(Draft draft) {
        List<Line> lines = draft.layout().lines();
        ValueParser date = ValueParsers.of(FieldKind.DATE);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Matcher m = PERIOD.matcher(line.lower());
            if (!m.find()) {
                continue;
            }
            float left = line.segments().get(line.segmentAt(m.start())).left() - 20;
            List<String> dates = new ArrayList<>();
            collectDates(line.text().substring(m.end()), date, dates);
            for (int k = 1; k <= 3 && i + k < lines.size() && dates.size() < 2; k++) {
                Line next = lines.get(i + k);
                if (next.page() != line.page()) {
                    break;
                }
                next.segments().stream().filter(s -> s.right() >= left)
                        .forEach(s -> collectDates(s.text(), date, dates));
            }
            if (dates.size() >= 2) {
                String a = dates.get(0);
                String b = dates.get(1);
                boolean ordered = a.compareTo(b) <= 0;
                draft.put("period_from", ordered ? a : b, 0.9, line.page(), null);
                draft.put("period_to", ordered ? b : a, 0.9, line.page(), null);
                return;
            }
        }
    }

    private static void collectDates(String text, ValueParser date, List<String> dates) {
        String rest = text;
        while (dates.size() < 2) {
            Optional<Parsed> d = date.first(rest);
            if (d.isEmpty()) {
                return;
            }
            dates.add(d.get().value());
            rest = rest.substring(d.get().end());
        }
    }

    /** Section 115BAC: "opting out ... ? Yes" is the old regime; "opting for ... ? Yes" the new one. */
    private static void regime(Draft draft) {
        if (draft.has("tax_regime")) {
            return;
        }
        for (Line line : draft.layout().lines()) {
            String text = line.text();
            Matcher words = REGIME_WORDS.matcher(text);
            if (words.find()) {
                String which = words.group(1) != null ? words.group(1) : words.group(3);
                draft.put("tax_regime", which.toUpperCase(Locale.ROOT), 0.85, line.page(), null);
                return;
            }
            Matcher bac = REGIME.matcher(text);
            if (!bac.find()) {
                continue;
            }
            String after = text.substring(bac.end());
            boolean yes = YES.matcher(after).find();
            boolean no = NO.matcher(after).find();
            if (yes == no) {
                continue;
            }
            boolean optingOut = OPTING_OUT.matcher(text).find();
            boolean newRegime = optingOut ? no : yes;
            draft.put("tax_regime", newRegime ? "NEW" : "OLD", 0.9, line.page(), null);
            return;
        }
    }

    /** Part A is there when its marker or its quarterly summary is; Part B when its marker or its salary figures are. */
    private static void parts(Draft draft) {
        boolean markerA = false;
        boolean markerB = false;
        for (Line line : draft.layout().lines()) {
            markerA |= PART_A.matcher(line.text()).find();
            markerB |= PART_B.matcher(line.text()).find();
        }
        if (markerA || !draft.items("tds_quarter").isEmpty() || draft.has("total_tds")) {
            draft.markSection("part_a");
        }
        if (markerB || draft.has("salary_17_1") || draft.has("gross_salary") || draft.has("total_taxable_income")) {
            draft.markSection("part_b");
        }
    }

    /** The employer's and the employee's PAN are never the same number. */
    static Rule distinctPans() {
        return extraction -> {
            String employer = extraction.value("employer_pan");
            String employee = extraction.value("employee_pan");
            return employer != null && employer.equals(employee)
                    ? List.of(Issue.error("form16.distinct_pans", "employer_pan and employee_pan are the same"))
                    : List.of();
        };
    }

}
