package io.taxstream.processors.rules;

import io.taxstream.processors.layout.Line;
import io.taxstream.processors.model.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Column boundaries learnt from a table's data. The words of the rows that stand under one
 * heading only anchor that column; the boundary between two columns lies between the right edge
 * of the left column's anchors and the left edge of the right column's anchors, in the widest
 * vertical gap the rows leave there. So a wide narration under a short "Narration" heading, wide
 * amounts under a short right-aligned "Debit", or a lone "-" under a wide "Market Value" heading
 * all fall into their own column. Without anchors the headings' centres bound the search; when the
 * anchors contradict each other the boundary stays halfway between the headings.
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
        List<Word> words = new ArrayList<>();
        rows.forEach(l -> words.addAll(l.words()));
        float[][] anchors = anchors(cols, words);
        float[] bounds = new float[cols.size() - 1];
        for (int k = 0; k + 1 < cols.size(); k++) {
            float lo = anchors[k][1] > Float.NEGATIVE_INFINITY ? anchors[k][1] : cols.get(k).center();
            float hi = anchors[k + 1][0] < Float.POSITIVE_INFINITY ? anchors[k + 1][0] : cols.get(k + 1).center();
            bounds[k] = hi > lo ? widestGap(lo, hi, words) : header.bound(k);
        }
        for (int k = 1; k < bounds.length; k++) {
            bounds[k] = Math.max(bounds[k], bounds[k - 1]);
        }
        return header.withBounds(bounds);
    }

    /** For each column, the leftmost left edge and the rightmost right edge of the words under its heading alone. */
    private static float[][] anchors(List<TableHeader.Column> cols, List<Word> words) {
        float[][] out = new float[cols.size()][];
        for (int k = 0; k < cols.size(); k++) {
            out[k] = new float[] {Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
        }
        for (Word w : words) {
            int under = -1;
            for (int k = 0; k < cols.size(); k++) {
                TableHeader.Column c = cols.get(k);
                if (Math.min(w.right(), c.right()) - Math.max(w.x(), c.left()) > 0) {
                    under = under == -1 ? k : -2;
                }
            }
            if (under >= 0) {
                out[under][0] = Math.min(out[under][0], w.x());
                out[under][1] = Math.max(out[under][1], w.right());
            }
        }
        return out;
    }

    /** The middle of the widest stretch of {@code (lo, hi)} that no word covers, or of the whole span when words cover it all. */
    private static float widestGap(float lo, float hi, List<Word> words) {
        List<float[]> covered = new ArrayList<>();
        for (Word w : words) {
            if (w.right() > lo && w.x() < hi) {
                covered.add(new float[] {Math.max(lo, w.x()), Math.min(hi, w.right())});
            }
        }
        covered.sort((a, b) -> Float.compare(a[0], b[0]));
        float best = (lo + hi) / 2;
        float bestWidth = 0;
        float reach = lo;
        for (float[] c : covered) {
            if (c[0] - reach >= MIN_GAP && c[0] - reach > bestWidth) {
                bestWidth = c[0] - reach;
                best = (reach + c[0]) / 2;
            }
            reach = Math.max(reach, c[1]);
        }
        if (hi - reach >= MIN_GAP && hi - reach > bestWidth) {
            best = (reach + hi) / 2;
        }
        return best;
    }
}
