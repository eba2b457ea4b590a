package io.taxstream.processors.rules;

import io.taxstream.processors.layout.Line;
import io.taxstream.processors.model.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Column boundaries learnt from a table's data: a boundary halfway between two headings is kept
 * when no word of the rows crosses it; when words do (a wide narration column under a short
 * "Narration" heading, or wide amounts under a short right-aligned "Debit"), it moves to the
 * nearest vertical gap that the rows leave between the two columns. Left-aligned text, right-aligned
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
            bounds[k] = fitted(header.bound(k), lo, hi, intervals(rows, lo, hi));
        }
        for (int k = 1; k < bounds.length; k++) {
            bounds[k] = Math.max(bounds[k], bounds[k - 1]);
        }
        return header.withBounds(bounds);
    }

    private static float fitted(float bound, float lo, float hi, List<float[]> covered) {
        if (covered.isEmpty() || !isCovered(covered, bound)) {
            return bound;
        }
        covered.sort((a, b) -> Float.compare(a[0], b[0]));
        float best = bound;
        float bestDistance = Float.MAX_VALUE;
        float reach = covered.get(0)[1];
        for (int i = 1; i < covered.size(); i++) {
            float[] next = covered.get(i);
            if (next[0] - reach >= MIN_GAP && reach > lo && next[0] < hi) {
                float distance = Math.max(0, Math.max(reach - bound, bound - next[0]));
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = (reach + next[0]) / 2;
                }
            }
            reach = Math.max(reach, next[1]);
        }
        return best;
    }

    private static boolean isCovered(List<float[]> covered, float x) {
        for (float[] c : covered) {
            if (c[0] < x && x < c[1]) {
                return true;
            }
        }
        return false;
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
