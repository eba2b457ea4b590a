package io.taxstream.processors.rules;

import io.taxstream.processors.layout.Line;
import io.taxstream.processors.model.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Column boundaries learnt from a table's data: the boundary between two columns is the widest
 * vertical gap that the rows leave between them (a column gap is wider than the spaces between the
 * words of one cell), wherever the headings stand: a wide narration under a short "Narration"
 * heading, or wide amounts under a short right-aligned "Debit", fall on the right side. Without
 * such a gap the boundary stays halfway between the headings. Left-aligned text, right-aligned
 * amounts and centred codes are all read right this way, whatever the headings' widths.
 */
final class ColumnBounds {

    /** The narrowest gap, in points, taken for white space between two columns. */
    private static final float MIN_GAP = 0.8f;

    private ColumnBounds() {
    }

    /** The header with boundaries fitted to the words of {@code rows} (the lines of its rows). */
    static TableHeader fit(TableHeader header, List<Line> rows) {
        List<TableHeader.Column> cols = header.columns();
        if (rows.isEmpty() || cols.size() < 2) {
            return header;
        }
        float[] bounds = new float[cols.size() - 1];
        for (int k = 0; k + 1 < cols.size(); k++) {
            float lo = cols.get(k).left();
            float hi = cols.get(k + 1).right();
            List<float[]> covered = intervals(rows, lo, hi);
            if (!covered.isEmpty()) {
                // the headings occupy their columns too: a column empty in these rows still ends its neighbour
                covered.add(new float[] {cols.get(k).left(), cols.get(k).right()});
                covered.add(new float[] {cols.get(k + 1).left(), cols.get(k + 1).right()});
            }
            bounds[k] = fitted(header.bound(k), lo, hi, covered);
        }
        for (int k = 1; k < bounds.length; k++) {
            bounds[k] = Math.max(bounds[k], bounds[k - 1]);
        }
        return header.withBounds(bounds);
    }

    private static float fitted(float bound, float lo, float hi, List<float[]> covered) {
        if (covered.isEmpty()) {
            return bound;
        }
        covered.sort((a, b) -> Float.compare(a[0], b[0]));
        float best = bound;
        float bestWidth = 0;
        float reach = covered.get(0)[1];
        for (int i = 1; i < covered.size(); i++) {
            float[] next = covered.get(i);
            float width = next[0] - reach;
            if (width >= MIN_GAP && reach > lo && next[0] < hi && width > bestWidth) {
                bestWidth = width;
                best = (reach + next[0]) / 2;
            }
            reach = Math.max(reach, next[1]);
        }
        return best;
    }

    /** The x-intervals of the rows' words that reach into {@code (lo, hi)}. */
    private static List<float[]> intervals(List<Line> rows, float lo, float hi) {
        List<float[]> out = new ArrayList<>();
        for (Line line : rows) {
            for (Word w : line.words()) {
                if (w.right() > lo && w.x() < hi) {
                    out.add(new float[] {w.x(), w.right()});
                }
            }
        }
        return out;
    }
}
