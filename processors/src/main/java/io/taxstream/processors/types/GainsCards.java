package io.taxstream.processors.types;

import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.extract.Item;
import io.taxstream.processors.layout.Line;
import io.taxstream.processors.layout.Segment;
import io.taxstream.processors.rules.TableReader;
import io.taxstream.processors.rules.TableRule;
import io.taxstream.processors.rules.ValueParsers;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Trades printed as cards rather than table rows: the security's name (and ISIN) above, then
 * rows of labels each with a row of values under it ("Units sold  Bought on  Sold on" over
 * "120  09-Mar-2025  01-Jun-2025"), each value under its label. The labels go by the trade
 * table's column words, plus the plainer words such cards use ("Invested", "Redeemed for").
 */
final class GainsCards {

    /** How far a value's left edge may stand from its label's when the two do not overlap. */
    private static final float ALIGN = 6;
    /**
     * Labels that cards use and tables do not, checked before the table's column words; a price
     * per unit ("Sale price", "Buy NAV") is kept apart, as no value of the trade.
     */
    private static final List<Map.Entry<String, Pattern>> CARD_LABELS = List.of(
            Map.entry("fmv", Pattern.compile("(?i)grandfather|31[-./ ]?(jan|01)[-./ ]?2018|fair market")),
            Map.entry("unit_price", Pattern.compile("(?i)\\b(price|rate|nav)\\b(?! (value|amount|total))")),
            Map.entry("purchase_value", Pattern.compile("(?i)^\\s*(amount )?invested( amount| value)?\\s*$|^\\s*investment (value|amount)\\s*$")),
            Map.entry("sale_value", Pattern.compile("(?i)^\\s*(redeemed|sold) for\\s*$|^\\s*redemption (value|amount)\\s*$")),
            Map.entry("term", Pattern.compile("(?i)\\b(tax )?category\\b|^\\s*holding\\s*$|^\\s*term\\s*$")));
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern LONG_WORDS = Pattern.compile("(?i)long[- ]?term|\\bltcg\\b");
    private static final Pattern SHORT_WORDS = Pattern.compile("(?i)short[- ]?term|\\bstcg\\b");

    private GainsCards() {
    }

    /** The trades of the cards on the lines, in order; cards without a sale date and a gain are none. */
    static List<Item> read(List<Line> lines, TableRule rule) {
        List<Item> out = new ArrayList<>();
        int contextFrom = 0;
        int i = 0;
        while (i + 1 < lines.size()) {
            Map<String, String> first = pair(lines.get(i), lines.get(i + 1), label -> columnOf(label, rule));
            if (first == null) {
                i++;
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            List<String> terms = new ArrayList<>();
            StringBuilder context = new StringBuilder();
            for (int c = contextFrom; c < i; c++) {
                context.append(lines.get(c).text()).append('\n');
            }
            int page = lines.get(i).page();
            Map<String, String> next = first;
            while (next != null) {
                for (Map.Entry<String, String> e : next.entrySet()) {
                    if (e.getKey().equals("term")) {
                        terms.add(e.getValue());
                    } else {
                        cells.putIfAbsent(e.getKey(), e.getValue());
                    }
                }
                i += 2;
                next = i + 1 < lines.size() ? pair(lines.get(i), lines.get(i + 1), label -> columnOf(label, rule)) : null;
            }
            contextFrom = i;
            cells.put(TableReader.CONTEXT, context.toString());
            GainsTable.row(cells).ifPresent(values -> out.add(new Item("trade", withTerm(values, terms, cells), page)));
        }
        return out;
    }

    /**
     * The term the card's own cells state ("2 mo - Short term", "LTCG u/s 112A"), none when they
     * disagree or when the holding period between the dates cannot be of that term.
     */
    private static Map<String, String> withTerm(Map<String, String> values, List<String> terms, Map<String, String> cells) {
        Map<String, String> out = new LinkedHashMap<>(values);
        Set<String> said = new LinkedHashSet<>();
        for (String t : terms) {
            boolean isLong = LONG_WORDS.matcher(t).find();
            boolean isShort = SHORT_WORDS.matcher(t).find();
            if (isLong != isShort) {
                said.add(isLong ? "LONG" : "SHORT");
            }
        }
        if (!cells.containsKey("short_gain") && !cells.containsKey("long_gain")) {
            out.remove("term");
            if (said.size() == 1) {
                out.put("term", said.iterator().next());
            }
        }
        String term = out.get("term");
        if (term != null && !heldFor(term, out)) {
            out.remove("term");
        }
        return out;
    }

    /**
     * Whether a trade's holding period can be of a term: no long term under twelve months, no
     * short term from thirty-six months on; true when a date is missing.
     */
    static boolean heldFor(String term, Map<String, String> trade) {
        if (trade.get("purchase_date") == null || trade.get("sale_date") == null) {
            return true;
        }
        long months = ChronoUnit.MONTHS.between(LocalDate.parse(trade.get("purchase_date")), LocalDate.parse(trade.get("sale_date")));
        return !(term.equals("LONG") && months < 12 || term.equals("SHORT") && months >= 36);
    }

    /**
     * A row of labels with a row of values under it: the values by column, or null when the upper
     * line is no row of at least two known labels or some value stands under no label.
     */
    static Map<String, String> pair(Line labels, Line values, Function<String, Optional<String>> columnOf) {
        if (labels.page() != values.page() || labels.segments().size() < 2
                || values.segments().stream().noneMatch(s -> DIGIT.matcher(s.text()).find())) {
            return null;
        }
        List<String> names = new ArrayList<>();
        int known = 0;
        for (Segment s : labels.segments()) {
            if (!ValueParsers.hasLetter(s.text()) || ValueParsers.isAmountOnly(s.text())
                    || ValueParsers.of(FieldKind.DATE).first(s.text()).isPresent() && !s.text().matches("(?i).*\\b(value|cost|fmv|price)\\b.*")) {
                return null;
            }
            String name = columnOf.apply(s.text()).orElse(null);
            names.add(name);
            known += name == null ? 0 : 1;
        }
        if (known < 2) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Segment v : values.segments()) {
            int under = -1;
            for (int k = 0; k < labels.segments().size(); k++) {
                Segment l = labels.segments().get(k);
                if (v.overlap(l.left(), l.right()) > 0 || Math.abs(v.left() - l.left()) <= ALIGN) {
                    if (under >= 0) {
                        return null;
                    }
                    under = k;
                }
            }
            if (under < 0) {
                return null;
            }
            String name = names.get(under);
            if (name != null) {
                out.putIfAbsent(name, v.text());
            }
        }
        return out;
    }

    private static Optional<String> columnOf(String label, TableRule rule) {
        for (Map.Entry<String, Pattern> e : CARD_LABELS) {
            if (e.getValue().matcher(label).find()) {
                return Optional.of(e.getKey());
            }
        }
        return rule.columnOf(label);
    }
}
