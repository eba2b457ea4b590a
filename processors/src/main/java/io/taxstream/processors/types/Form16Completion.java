package io.taxstream.processors.types;

import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.extract.ExtractedField;
import io.taxstream.processors.extract.Item;
import io.taxstream.processors.layout.Line;
import io.taxstream.processors.rules.Draft;
import io.taxstream.processors.rules.Parsed;
import io.taxstream.processors.rules.TableReader;
import io.taxstream.processors.rules.ValueParser;
import io.taxstream.processors.rules.ValueParsers;
import io.taxstream.processors.validate.Issue;
import io.taxstream.processors.validate.Rule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
    /** Items of a month-wise TDS table; they are folded into quarters and never published. */
    static final String MONTH_ROWS = "tds_month";
    /** A month cell: "April 2025", "Apr-25", "04/2025"; a plain date is no month row. */
    static final ValueParser MONTH = text -> ValueParsers.of(FieldKind.MONTH).first(text)
            .filter(p -> p.start() <= 2 && !ValueParsers.of(FieldKind.DATE).first(text).isPresent());
    /** A receipt number printed after its label on a quarter's total line: "Q1 Total (Receipt No. QQSQPSBA)". */
    private static final Pattern LABELLED_RECEIPT = Pattern.compile(
            "(?i)(?:receipt|acknowledgement|ack\\.?|token)\\s*(?:no\\.?|number)?\\s*[:.-]?\\s*([A-Z0-9]{6,})(?![A-Za-z0-9])");
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

    static Optional<Map<String, String>> monthRow(Map<String, String> cells) {
        Map<String, String> out = new LinkedHashMap<>();
        MONTH.first(cells.getOrDefault("month", "")).ifPresent(m -> out.put("month", m.value()));
        amount(cells, "amount_paid").ifPresent(v -> out.put("amount_paid", v));
        amount(cells, "tax_deducted").ifPresent(v -> out.put("tax_deducted", v));
        amount(cells, "tax_deposited").ifPresent(v -> out.put("tax_deposited", v));
        return out.containsKey("month") && out.containsKey("tax_deducted") ? Optional.of(out) : Optional.empty();
    }

    private static Optional<String> amount(Map<String, String> cells, String column) {
        return ValueParsers.of(FieldKind.AMOUNT).first(cells.getOrDefault(column, "")).map(Parsed::value);
    }

    static void complete(Draft draft) {
        ExtractedField employee = draft.field("employee_name");
        if (employee != null) {
            // "Shri Biswajit Chaudhary": the salutation is a form of address, not part of the name
            draft.put("employee_name", People.withoutSalutation(employee.value()), employee.confidence(), employee.page(),
                    employee.box());
        }
        if (!draft.has("employer_name")) {
            Titles.organisation(draft.layout().lines(), true).ifPresent(t ->
                    draft.put("employer_name", t.value(), 0.7, t.page(), null));
        }
        quartersFromMonths(draft);
        totalTds(draft);
        period(draft);
        regime(draft);
        parts(draft);
    }

    /**
     * A month-wise TDS table becomes the contract's quarters (April to June is Q1 of the financial
     * year). A quarter's amounts are the sums of its months; a column is summed only when every
     * month of the quarter has it. Its receipt number is read off the line that totals the quarter.
     */
    static void quartersFromMonths(Draft draft) {
        List<Item> months = draft.items(MONTH_ROWS);
        draft.replaceItems(MONTH_ROWS, List.of());
        if (months.isEmpty() || !draft.items("tds_quarter").isEmpty()) {
            return;
        }
        Map<String, List<Item>> byQuarter = new TreeMap<>();
        for (Item month : months) {
            byQuarter.computeIfAbsent(quarterOf(month.get("month")), q -> new ArrayList<>()).add(month);
        }
        Map<String, String> receipts = quarterReceipts(draft.layout().lines());
        List<Item> quarters = new ArrayList<>();
        byQuarter.forEach((quarter, items) -> {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("quarter", quarter);
            for (String column : List.of("amount_paid", "tax_deducted", "tax_deposited")) {
                sum(items, column).ifPresent(v -> values.put(column, v));
            }
            Optional.ofNullable(receipts.get(quarter)).ifPresent(r -> values.put("receipt_number", r));
            quarters.add(new Item("tds_quarter", values, items.get(0).page()));
        });
        draft.replaceItems("tds_quarter", quarters);
    }

    /** The financial-year quarter of a month given as {@code yyyy-MM}. */
    static String quarterOf(String month) {
        int m = Integer.parseInt(month.substring(5, 7));
        return "Q" + (m >= 4 ? (m - 4) / 3 + 1 : 4);
    }

    private static Optional<String> sum(List<Item> items, String column) {
        BigDecimal total = BigDecimal.ZERO;
        for (Item item : items) {
            String v = item.get(column);
            if (v == null) {
                return Optional.empty();
            }
            total = total.add(new BigDecimal(v));
        }
        return Optional.of(total.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    /** Receipt numbers on lines that begin with a quarter ("Q2 Total (Receipt No. AESCIBNC)"). */
    private static Map<String, String> quarterReceipts(List<Line> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Line line : lines) {
            Optional<Parsed> quarter = QUARTER.first(line.text());
            Matcher receipt = LABELLED_RECEIPT.matcher(line.text());
            if (quarter.isPresent() && receipt.find()) {
                out.putIfAbsent(quarter.get().value(), receipt.group(1));
            }
        }
        return out;
    }

    /** total_tds is the Total row of Part A's quarterly summary, or of a month-wise TDS table. */
    private static void totalTds(Draft draft) {
        for (String kind : List.of("tds_quarter", MONTH_ROWS)) {
            Optional<TableReader.Table> table = draft.table(kind);
            if (table.isEmpty() || table.get().rows().isEmpty()) {
                continue;
            }
            for (TableReader.Row total : table.get().totals()) {
                Optional<String> v = amount(total.cells(), "tax_deducted");
                if (v.isPresent()) {
                    draft.put("total_tds", v.get(), 0.95, total.page(), null);
                    return;
                }
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
