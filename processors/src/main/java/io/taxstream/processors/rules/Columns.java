package io.taxstream.processors.rules;

import io.taxstream.processors.layout.Line;
import io.taxstream.processors.layout.Segment;
import io.taxstream.processors.model.Word;
import java.util.List;
import java.util.regex.Matcher;

/** Picks a field's amount among several on its row: by a column header above, else first or last. */
final class Columns {

    /** How far up a column header may stand above its row. */
    private static final int HEADER_REACH = 30;

    /** A column heading's horizontal span: from its first word to the end of its cell. */
    private record Span(float left, float right) {
    }

    private Columns() {
    }

    static Cell choose(FieldRule rule, List<Cell> amounts, List<Line> lines, int index) {
        if (amounts.isEmpty()) {
            return null;
        }
        if (amounts.size() > 1 && rule.columnHeader != null) {
            Span header = headerAbove(rule, lines, index);
            if (header != null) {
                Cell under = null;
                float best = Float.NEGATIVE_INFINITY;
                for (Cell a : amounts) {
                    float o = a.overlap(header.left(), header.right()) - 0.01f * Math.abs(a.right() - header.right());
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

    private static Span headerAbove(FieldRule rule, List<Line> lines, int index) {
        int page = lines.get(index).page();
        for (int i = index; i >= 0 && i >= index - HEADER_REACH; i--) {
            Line l = lines.get(i);
            if (l.page() != page) {
                break;
            }
            Matcher m = rule.columnHeader.matcher(l.lower());
            if (m.find()) {
                List<Word> words = l.wordsIn(m.start(), m.end());
                Segment cell = l.segments().get(l.segmentAt(m.start()));
                if (!words.isEmpty()) {
                    return new Span(words.get(0).x(), cell.right());
                }
            }
        }
        return null;
    }
}
