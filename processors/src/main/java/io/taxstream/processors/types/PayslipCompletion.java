package io.taxstream.processors.types;

import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.extract.Item;
import io.taxstream.processors.layout.Line;
import io.taxstream.processors.rules.AmountGrids;
import io.taxstream.processors.rules.AmountListReader;
import io.taxstream.processors.rules.Cell;
import io.taxstream.processors.rules.Draft;
import io.taxstream.processors.rules.Parsed;
import io.taxstream.processors.rules.ValueParser;
import io.taxstream.processors.rules.ValueParsers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Payslip components from the earnings and deductions lists, the named fields they fill, and fallbacks. */
final class PayslipCompletion {

    private static final AmountListReader LISTS = new AmountListReader(
            "\\bgross\\b|\\btotal\\b", "net pay|net salary|take ?home|net amount|in words|rupees|net payable",
            "current|this month|amount|earned|actual|monthly|for the month|\\brs\\b", PayslipFields.NOT_MONTHLY);
    private static final String EARNINGS = "(?<!gross |total |net )\\b(earnings?|payments|allowances|emoluments)\\b(?!\\s*(total|:))";
    private static final String DEDUCTIONS = "(?<!total |gross )\\b(deductions?|recoveries)\\b(?!\\s*(total|:))";
    private static final ValueParser AMOUNT = ValueParsers.of(FieldKind.AMOUNT);
    private static final Pattern WAGE_CODE = Pattern.compile("^(?:/?[A-Z0-9]*\\d[A-Z0-9]*\\s+)(?=\\p{L})");
    private static final Pattern GRID_EARNINGS = Pattern.compile("(?i)\\b(earnings?|allowances|payments|emoluments)\\b");
    private static final Pattern GRID_DEDUCTIONS = Pattern.compile("(?i)\\b(deductions?|recoveries)\\b");
    private static final Pattern GRID_TOTAL = Pattern.compile("(?i)\\b(gross|total)\\b");
    private static final Pattern DEVANAGARI = Pattern.compile("\\p{InDevanagari}");

    /** Named contract fields and the component names that fill them. */
    private static final Map<String, Pattern> NAMED = new LinkedHashMap<>();

    static {
        NAMED.put("basic", Pattern.compile("(?i)^basic\\b|\\bbasic (pay|salary)\\b"));
        NAMED.put("hra", Pattern.compile("(?i)house rent|\\bh\\.?\\s?r\\.?\\s?a\\b\\.?"));
        NAMED.put("special_allowance", Pattern.compile("(?i)\\bspecial\\b|\\bspl\\.?\\b"));
        NAMED.put("provident_fund", Pattern.compile("(?i)provident fund|\\be\\.?p\\.?f\\.?\\b|\\bp\\.?f\\.?\\b(?!.*(employer|admin))"));
        NAMED.put("professional_tax", Pattern.compile("(?i)prof(ession(al)?|\\.)?\\s*tax|\\bp\\.?\\s?t\\.?\\b|\\bp\\.\\s?tax\\b|tax on employment"));
        NAMED.put("income_tax", Pattern.compile("(?i)income\\s*tax|tax deducted at source|\\bi\\.?\\s?tax\\b|\\btds\\b|\\bi\\.?t\\.?\\b"));
    }

    private static final Map<String, String> NAMED_TYPE = Map.of("basic", "EARNING", "hra", "EARNING",
            "special_allowance", "EARNING", "provident_fund", "DEDUCTION", "professional_tax", "DEDUCTION",
            "income_tax", "DEDUCTION");
    private static final Pattern VOLUNTARY_PF = Pattern.compile("(?i)\\bvpf\\b|voluntary|employer");

    private static final Pattern TYPE_WORD = Pattern.compile("(?i)^\\s*(earnings?|allowances?|deductions?|recover(y|ies))\\b");
    /** The Type cell of a one-table payslip: "Earning" or "Deduction". */
    static final ValueParser COMPONENT_TYPE = text -> {
        Matcher m = TYPE_WORD.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String word = m.group(1).toLowerCase(java.util.Locale.ROOT);
        String type = word.startsWith("earn") || word.startsWith("allow") ? "EARNING" : "DEDUCTION";
        return Optional.of(new Parsed(type, m.start(), m.end()));
    };

    private PayslipCompletion() {
    }

    /** A row of a one-table payslip (Particulars | Type | Amount) as a pay component. */
    static Optional<Map<String, String>> typedComponent(Map<String, String> cells) {
        Optional<Parsed> type = COMPONENT_TYPE.first(cells.getOrDefault("type", ""));
        Optional<Parsed> amount = AMOUNT.first(cells.getOrDefault("amount", ""));
        String name = componentName(cells.getOrDefault("name", ""));
        if (type.isEmpty() || amount.isEmpty() || name.isEmpty() || !ValueParsers.hasLetter(name)) {
            return Optional.empty();
        }
        return Optional.of(Map.of("name", name, "type", type.get().value(), "amount", amount.get().value()));
    }

    /** A row of a names column with "Earned" and "Deducted" amount columns: the one amount it has, typed by its column. */
    static Optional<Map<String, String>> earnedOrDeducted(Map<String, String> cells) {
        Optional<Parsed> earned = AMOUNT.first(cells.getOrDefault("earned", ""));
        Optional<Parsed> deducted = AMOUNT.first(cells.getOrDefault("deducted", ""));
        String name = componentName(cells.getOrDefault("name", ""));
        if (earned.isPresent() == deducted.isPresent() || !ValueParsers.hasLetter(name)) {
            return Optional.empty();
        }
        return Optional.of(Map.of("name", name, "type", earned.isPresent() ? "EARNING" : "DEDUCTION",
                "amount", earned.or(() -> deducted).get().value()));
    }

    static void complete(Draft draft) {
        components(draft);
        namedFromComponents(draft);
        Organisations.tidy(draft, "employer_name");
        if (!draft.has("employer_name")) {
            Titles.organisation(draft.layout().lines()).ifPresent(t ->
                    draft.put("employer_name", t.value(), 0.75, t.page(), null));
        }
        if (!draft.has("pay_period")) {
            firstMonth(draft);
        }
        if (!draft.has("employee_name")) {
            // a name card: the employee's name alone over their designation, no label
            People.overRole(draft.layout().lines(), 8)
                    .filter(n -> !n.value().equalsIgnoreCase(String.valueOf(draft.value("employer_name"))))
                    .ifPresent(n -> draft.put("employee_name", n.value(), 0.7, n.page(), null));
        }
    }

    private static void components(Draft draft) {
        List<AmountListReader.AmountList> lists = LISTS.read(draft.layout().lines(), EARNINGS, DEDUCTIONS);
        AmountListReader.AmountList earnings = lists.get(0);
        AmountListReader.AmountList deductions = lists.get(1);
        boolean across = earnings.isEmpty() && deductions.isEmpty();
        if (across) {
            List<AmountListReader.AmountList> grids = fromGrids(draft.layout().lines());
            earnings = grids.get(0);
            deductions = grids.get(1);
            if (earnings.isEmpty() && deductions.isEmpty()) {
                return;
            }
        }
        PayslipColumns byColumn = PayslipColumns.choose(earnings, deductions, amount(draft.value("net_pay")));
        // names over amounts: every name has its one amount, wherever it stands on the row
        PayslipColumns chosen = across ? new PayslipColumns(Float.NaN, Float.NaN, byColumn.byArithmetic()) : byColumn;
        float[] columns = {chosen.earnings(), chosen.deductions()};
        List<Item> items = new ArrayList<>();
        AmountListReader.AmountList[] both = {earnings, deductions};
        String[] types = {"EARNING", "DEDUCTION"};
        String[] totals = {"gross_earnings", "total_deductions"};
        for (int k = 0; k < 2; k++) {
            for (AmountListReader.Entry e : both[k].entries()) {
                Cell cell = PayslipColumns.at(e.amounts(), columns[k]);
                Optional<Parsed> a = cell == null ? Optional.empty() : AMOUNT.first(cell.text());
                if (a.isPresent()) {
                    items.add(new Item("pay_component", Map.of("name", componentName(e.name()), "type", types[k],
                            "amount", a.get().value()), e.page()));
                }
            }
            Cell total = PayslipColumns.at(both[k].total(), columns[k]);
            if (total != null) {
                int page = both[k].totalPage();
                String field = totals[k];
                AMOUNT.first(total.text()).ifPresent(t -> settle(draft, field, t.value(), page, chosen.byArithmetic()));
            }
        }
        draft.replaceItems("pay_component", items);
    }

    /**
     * Earnings and deductions printed across the page, names over amounts, each row titled at the
     * left; a name that totals ("GROSS", "TOTAL DED.") is the list's total.
     */
    private static List<AmountListReader.AmountList> fromGrids(List<io.taxstream.processors.layout.Line> lines) {
        List<AmountListReader.Entry> earned = new ArrayList<>();
        List<AmountListReader.Entry> deducted = new ArrayList<>();
        List<Cell> earnedTotal = new ArrayList<>();
        List<Cell> deductedTotal = new ArrayList<>();
        int[] pages = new int[2];
        for (AmountGrids.Grid g : AmountGrids.read(lines)) {
            boolean earning = GRID_EARNINGS.matcher(g.heading()).find();
            boolean deduction = GRID_DEDUCTIONS.matcher(g.heading()).find();
            if (earning == deduction) {
                continue;
            }
            for (AmountListReader.Entry e : g.entries()) {
                if (GRID_TOTAL.matcher(e.name()).find()) {
                    (earning ? earnedTotal : deductedTotal).addAll(e.amounts());
                    pages[earning ? 0 : 1] = e.page();
                } else {
                    (earning ? earned : deducted).add(e);
                }
            }
        }
        return List.of(new AmountListReader.AmountList(earned, earnedTotal, pages[0], null, List.of()),
                new AmountListReader.AmountList(deducted, deductedTotal, pages[1], null, List.of()));
    }

    /**
     * A total read from its list, in the column the arithmetic chose, replaces one found by label
     * (which takes the first amount of its row); when both exist and differ, the document needs a
     * person.
     */
    private static void settle(Draft draft, String field, String fromList, int page, boolean confirmed) {
        String byLabel = draft.value(field);
        if (byLabel != null && !byLabel.equals(fromList) && !confirmed) {
            draft.note(field + " read two ways");
            return;
        }
        draft.put(field, fromList, 0.95, page, null);
    }

    private static java.math.BigDecimal amount(String normalised) {
        return normalised == null ? null : new java.math.BigDecimal(normalised);
    }

    /** A bilingual name ("मूल वेतन / Basic") is printed in two scripts; the English part is the one compared. */
    static String componentName(String printed) {
        String name = printed.replaceAll("[:\\s]+$", "").replaceAll("^[/|\\s]+|[/|\\s]+$", "").trim();
        // payroll systems print a wage-type code before the name ("1000 Basic Pay", "/3F1 Provident Fund")
        name = WAGE_CODE.matcher(name).replaceFirst("");
        if (DEVANAGARI.matcher(name).find()) {
            for (String part : name.split("/")) {
                if (!DEVANAGARI.matcher(part).find() && ValueParsers.hasLetter(part)) {
                    return part.trim();
                }
            }
        }
        return name.replaceAll("\\s+", " ");
    }

    private static void namedFromComponents(Draft draft) {
        for (Map.Entry<String, Pattern> e : NAMED.entrySet()) {
            if (draft.has(e.getKey())) {
                continue;
            }
            for (Item item : draft.items("pay_component")) {
                String name = item.get("name");
                if (item.get("type").equals(NAMED_TYPE.get(e.getKey())) && e.getValue().matcher(name).find()
                        && !(e.getKey().equals("provident_fund") && VOLUNTARY_PF.matcher(name).find())) {
                    draft.put(e.getKey(), item.get("amount"), 0.9, item.page(), null);
                    break;
                }
            }
        }
    }

    private static void firstMonth(Draft draft) {
        ValueParser month = ValueParsers.of(FieldKind.MONTH);
        List<Line> lines = draft.layout().lines();
        for (int i = 0; i < Math.min(10, lines.size()); i++) {
            Line line = lines.get(i);
            if (line.lower().contains("joining") || line.lower().contains("doj") || line.lower().contains("birth")) {
                continue;
            }
            Optional<Parsed> m = month.first(line.text());
            if (m.isPresent()) {
                draft.put("pay_period", m.get().value(), 0.7, line.page(), null);
                return;
            }
        }
    }
}
