package io.taxstream.processors.rules;

import io.taxstream.processors.layout.Line;
import io.taxstream.processors.layout.Segment;
import java.util.List;
import java.util.regex.Matcher;

/** Picks a field's amount among several on its row: by a column header above, else first or last. */
final class Columns {

    /** How far up a column header may stand above its row. */
    private static final int HEADER_REACH = 30;

    private Columns() {
    }

    static Segment choose(FieldRule rule, List<Segment> amounts, List<Line> lines, int index) {
        if (amounts.isEmpty()) {
            return null;
        }
        if (amounts.size() > 1 && rule.columnHeader != null) {
            Segment header = headerAbove(rule, lines, index);
            if (header != null) {
                Segment under = null;
                float best = Float.NEGATIVE_INFINITY;
                for (Segment a : amounts) {
                    float o = a.overlap(header.left(), header.right());
                    if (o > best) {
                        best = o;
                        under = a;
                    }
                }
                if (under != null && best > -20) {
                    return under;
                }
            }
        }
        return rule.column == FieldRule.Column.FIRST ? amounts.get(0) : amounts.get(amounts.size() - 1);
    }

    private static Segment headerAbove(FieldRule rule, List<Line> lines, int index) {
        int page = lines.get(index).page();
        for (int i = index; i >= 0 && i >= index - HEADER_REACH; i--) {
            Line l = lines.get(i);
            if (l.page() != page) {
                break;
            }
            for (Segment s : l.segments()) {
                Matcher m = rule.columnHeader.matcher(s.text().toLowerCase(java.util.Locale.ROOT));
                if (m.find()) {
                    return s;
                }
            }
        }
        return null;
    }
}
