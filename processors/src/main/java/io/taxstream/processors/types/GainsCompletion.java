package io.taxstream.processors.types;

import static io.taxstream.processors.validate.Amounts.format;
import static io.taxstream.processors.validate.Amounts.parse;

import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.extract.Item;
import io.taxstream.processors.layout.Line;
import io.taxstream.processors.rules.Draft;
import io.taxstream.processors.rules.Prose;
import io.taxstream.processors.rules.TableReader;
import io.taxstream.processors.rules.ValueParsers;
import io.taxstream.processors.validate.Amounts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a gains statement needs beyond labels: the totals per term from the tables' Total rows (or
 * the trades), the total sale value from a grand total row, the investor addressed in a letter,
 * the issuer from the letterhead, and the year from the statement's period.
 */
final class GainsCompletion {

    private static final String KIND = "trade";
    private static final String GAIN = "(capital )?(gains?|profits?)( ?/ ?\\(?loss(es)?\\)?)?";
    private static final Pattern TOTAL_ROW = Pattern.compile("(?i)\\s*(grand )?total\\s*:?\\s*");
    private static final Pattern SALE_COLUMN = Pattern.compile("(?i)(sale|sell|redemption|transfer) (value|amount|consideration|proceeds)"
            + "|full value of consideration");
    /** A bracketed note after a total's name: its abbreviation or unit ("(STCG)", "(Rs.)"). */
    private static final Pattern ABBREVIATION = Pattern.compile("\\s*\\([^()]{1,12}\\)\\s*$");
    /** The names of a summary grid's totals. */
    private static final Map<String, Pattern> SUMMARY = Map.of(
            "stcg_total", Pattern.compile("(?i)(total |net )?(short[- ]?term " + GAIN + "|stcg)"),
            "ltcg_total", Pattern.compile("(?i)(total |net )?(long[- ]?term " + GAIN + "|ltcg)"),
            "total_sale_value", Pattern.compile("(?i)total (sale|sell|redemption|transfer) (value|amount|consideration|proceeds)"
                    + "|total full value of consideration"));

    private GainsCompletion() {
    }

    static void complete(Draft draft) {
        if (draft.items(KIND).isEmpty()) {
            GainsCards.read(draft.layout().lines(), GainsTable.rule()).forEach(draft::addItem);
        }
        sectionTerms(draft);
        List<Item> trades = draft.items(KIND);
        summaryTable(draft);
        totalRows(draft);
        summaryGrid(draft);
        for (String[] term : new String[][] {{"stcg_total", "SHORT"}, {"ltcg_total", "LONG"}}) {
            if (!draft.has(term[0]) && !trades.isEmpty() && trades.stream().allMatch(t -> t.get("term") != null)) {
                List<java.math.BigDecimal> gains = trades.stream().filter(t -> term[1].equals(t.get("term")))
                        .map(t -> parse(t.get("gain"))).toList();
                draft.put(term[0], format(Amounts.sum(gains)), 0.85, trades.get(trades.size() - 1).page(), null);
            }
        }
        Prose prose = Prose.of(draft.layout().lines());
        investor(draft, prose);
        Organisations.labelledOrLetterhead(draft, "issuer_name");
        Years.fromSentenceOrPeriod(draft, prose);
        Years.fromTitle(draft);
    }

    /**
     * The term of a section's later trades: a section title ("Short Term Capital Gain") stands
     * above its first rows only, and the lines remembered above a row reach back a few lines, so a
     * trade with no term of its own takes the one of the trade before it in the same section.
     */
    private static void sectionTerms(Draft draft) {
        List<Item> trades = draft.items(KIND);
        if (draft.table(KIND).isEmpty() || trades.stream().allMatch(t -> t.get("term") != null)) {
            return;
        }
        List<TableReader.Row> rows = draft.table(KIND).get().rows().stream().filter(r -> GainsTable.row(r.cells()).isPresent()).toList();
        if (rows.size() != trades.size()) {
            return;
        }
        List<Item> out = new java.util.ArrayList<>();
        String section = null;
        for (int k = 0; k < trades.size(); k++) {
            Optional<String> titled = GainsTable.term(null, rows.get(k).cells().getOrDefault(TableReader.CONTEXT, ""));
            if (titled.isPresent()) {
                section = titled.get();
            }
            Item t = trades.get(k);
            String ownCell = rows.get(k).cells().getOrDefault("term", "").trim();
            if (t.get("term") == null && section != null && ownCell.isEmpty() && GainsCards.heldFor(section, t.values())) {
                Map<String, String> values = new LinkedHashMap<>(t.values());
                values.put("term", section);
                t = new Item(KIND, values, t.page());
            }
            out.add(t);
        }
        draft.replaceItems(KIND, out);
    }

    /**
     * Total rows of the trade tables: one per term ("Total Short Term ... gain") or a grand total
     * with a column per term and the total sale value.
     */
    private static void totalRows(Draft draft) {
        List<TableReader.Row> totals = draft.table(KIND).map(TableReader.Table::totals).orElse(List.of());
        for (TableReader.Row row : totals) {
            String text = row.text().toLowerCase(Locale.ROOT);
            boolean isShort = text.matches("(?s).*\\bshort[- ]?term\\b.*|.*\\bstcg\\b.*");
            boolean isLong = text.matches("(?s).*\\blong[- ]?term\\b.*|.*\\bltcg\\b.*");
            if (isShort != isLong) {
                put(draft, isShort ? "stcg_total" : "ltcg_total", row, "gain");
            } else if (!isShort) {
                put(draft, "stcg_total", row, "short_gain");
                put(draft, "ltcg_total", row, "long_gain");
                if (text.contains("grand")) {
                    put(draft, "total_sale_value", row, "sale_value");
                }
            }
        }
    }

    /**
     * Totals printed as a row of names over a row of amounts ("Short-term gains  Long-term gains
     * Total redemption value" over their amounts); taken only from a grid that names at least two of them.
     */
    private static void summaryGrid(Draft draft) {
        List<Line> lines = draft.layout().lines();
        for (int i = 0; i + 1 < lines.size(); i++) {
            Map<String, String> totals = GainsCards.pair(lines.get(i), lines.get(i + 1), GainsCompletion::summaryName);
            if (totals == null) {
                continue;
            }
            putAgreeing(draft, totals, lines.get(i + 1).page());
            return;
        }
    }

    /**
     * A summary table's Total row ("Category  Redemption Value  Short Term Gain / Loss ..." over
     * rows per category and a "Total" row): its values under the columns of the totals. Taken only
     * from a header of at least two such columns with no trade (no date) between it and the Total
     * row, and only when it agrees with the totals already read.
     */
    private static void summaryTable(Draft draft) {
        List<Line> lines = draft.layout().lines();
        for (int i = 0; i + 1 < lines.size(); i++) {
            for (int j = i + 1; j < Math.min(lines.size(), i + 8) && lines.get(j).page() == lines.get(i).page(); j++) {
                Line line = lines.get(j);
                if (ValueParsers.of(FieldKind.DATE).first(line.text()).isPresent()) {
                    break;
                }
                if (!TOTAL_ROW.matcher(line.segments().get(0).text()).matches()) {
                    continue;
                }
                Map<String, String> totals = GainsCards.pair(lines.get(i), line, GainsCompletion::summaryColumn);
                if (totals == null) {
                    break;
                }
                putAgreeing(draft, totals, line.page());
                return;
            }
        }
    }

    /**
     * Totals read together: none is taken when one of them is no plain amount or disagrees with
     * a total already read, since then the row is not the one it seems.
     */
    private static void putAgreeing(Draft draft, Map<String, String> totals, int page) {
        Map<String, String> amounts = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : totals.entrySet()) {
            Optional<String> amount = ValueParsers.of(FieldKind.AMOUNT).first(e.getValue()).map(p -> p.value());
            if (amount.isEmpty() || !ValueParsers.isAmountOnly(e.getValue())
                    || draft.has(e.getKey()) && !draft.value(e.getKey()).equals(amount.get())) {
                return;
            }
            amounts.put(e.getKey(), amount.get());
        }
        amounts.forEach((field, amount) -> {
            if (!draft.has(field)) {
                draft.put(field, amount, 0.85, page, null);
            }
        });
    }

    /** The total a summary table's column stands for, if any. */
    private static Optional<String> summaryColumn(String name) {
        return summaryName(name).or(() -> SALE_COLUMN.matcher(name.trim()).matches() ? Optional.of("total_sale_value") : Optional.empty());
    }

    /** The total a summary grid's name stands for, if any. */
    private static Optional<String> summaryName(String name) {
        String bare = ABBREVIATION.matcher(name).replaceFirst("").trim();
        return SUMMARY.entrySet().stream().filter(t -> t.getValue().matcher(bare).matches()).map(Map.Entry::getKey).findFirst();
    }

    private static void put(Draft draft, String field, TableReader.Row row, String column) {
        if (draft.has(field)) {
            return;
        }
        ValueParsers.of(FieldKind.AMOUNT).first(row.cells().getOrDefault(column, ""))
                .ifPresent(p -> draft.put(field, p.value(), 0.9, row.page(), null));
    }

    private static void investor(Draft draft, Prose prose) {
        if (draft.has("investor_name")) {
            var f = draft.field("investor_name");
            draft.put("investor_name", People.withoutSalutation(f.value()), f.confidence(), f.page(), f.box());
        } else {
            People.afterSalutation(prose.text()).or(() -> overPan(draft)).ifPresent(n -> draft.put("investor_name", n, 0.8, 1, null));
        }
    }

    /** The name printed over the investor's PAN (no organisation's, nor the issuer's). */
    private static Optional<String> overPan(Draft draft) {
        if (!draft.has("investor_pan")) {
            return Optional.empty();
        }
        String issuer = draft.has("issuer_name") ? draft.value("issuer_name") : "";
        return People.overPan(draft.layout().lines(), draft.value("investor_pan")).map(People.Found::value)
                .filter(n -> !n.equalsIgnoreCase(issuer));
    }
}
