package io.taxstream.processors.rules;

import io.taxstream.processors.layout.Line;
import io.taxstream.processors.layout.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Named amounts printed across the page: a row of short names with a row of amounts under them
 * ("BASIC  D.A.  H.R.A.  GROSS" over "46,500.00  17,670.00  11,160.00  78,930.00"), the pair often
 * titled by a heading at the left ("EARNINGS") that may sit between the two rows or beside them.
 */
public final class AmountGrids {

    /** How far a name's centre may stand from its amount's. */
    private static final float ALIGN = 25;
    /** The most lines between a names row and its amounts row (a heading may sit between). */
    private static final int REACH = 2;

    /**
     * One grid.
     *
     * @param heading the text at the left of the rows ("EARNINGS"), or "" when none
     * @param entries name and amount pairs, left to right
     */
    public record Grid(String heading, List<AmountListReader.Entry> entries) {
    }

    private AmountGrids() {
    }

    public static List<Grid> read(List<Line> lines) {
        List<Grid> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line names = lines.get(i);
            if (names.segments().size() < 2 || names.segments().stream().anyMatch(s -> ValueParsers.isAmountOnly(s.text()))) {
                continue;
            }
            for (int k = 1; k <= REACH && i + k < lines.size(); k++) {
                Line amounts = lines.get(i + k);
                if (amounts.page() != names.page()) {
                    break;
                }
                List<AmountListReader.Entry> entries = pairs(names, amounts);
                if (entries.size() >= 2) {
                    out.add(new Grid(heading(lines, i, i + k, entries), entries));
                    i += k;
                    break;
                }
            }
        }
        return out;
    }

    /** Each name over an amount; all the amounts of the row must have a name. */
    private static List<AmountListReader.Entry> pairs(Line names, Line amounts) {
        List<Segment> values = amounts.segments().stream().filter(s -> ValueParsers.isAmountOnly(s.text())).toList();
        if (values.size() < 2) {
            return List.of();
        }
        List<AmountListReader.Entry> out = new ArrayList<>();
        for (Segment v : values) {
            Segment name = null;
            for (Segment n : names.segments()) {
                if (Math.abs(n.centerX() - v.centerX()) <= ALIGN && ValueParsers.hasLetter(n.text())) {
                    name = n;
                }
            }
            if (name == null) {
                return List.of();
            }
            out.add(new AmountListReader.Entry(name.text(), List.of(new Cell(v.text(), v.box())), amounts.page()));
        }
        return out;
    }

    /**
     * A text at the left of the first pair, on the names row, the amounts row or between them,
     * that is not itself one of the names.
     */
    private static String heading(List<Line> lines, int from, int to, List<AmountListReader.Entry> entries) {
        float firstLeft = entries.get(0).amounts().get(0).left();
        List<String> names = entries.stream().map(AmountListReader.Entry::name).toList();
        for (int i = from; i <= to; i++) {
            Segment s = lines.get(i).segments().get(0);
            if (s.right() < firstLeft && ValueParsers.hasLetter(s.text()) && !names.contains(s.text())) {
                return s.text();
            }
        }
        return "";
    }
}
