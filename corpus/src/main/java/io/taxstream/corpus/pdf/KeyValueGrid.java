package io.taxstream.corpus.pdf;

import java.util.List;

/**
 * Label–value pairs laid out in up to N columns, row by row, as payslip and statement headers do.
 * Columns are sized to their longest label and value; when they would not fit the width, fewer
 * columns are used, so text never overlaps.
 */
public final class KeyValueGrid {

    private static final float GAP = 8;

    private KeyValueGrid() {
    }

    /**
     * Draws the pairs; returns the y below the grid.
     *
     * @param separator printed between label and value, e.g. {@code ": "} (empty for a column gap only)
     */
    public static float draw(Canvas c, float x, float y, float width, int columns, List<String[]> pairs, Ink ink,
            String separator, boolean boldLabels) {
        Ink labelInk = boldLabels ? ink.bold() : ink;
        int cols = columns;
        float[][] sizes = sizes(c, pairs, cols, labelInk, ink, separator);
        while (cols > 1 && total(sizes) > width) {
            cols--;
            sizes = sizes(c, pairs, cols, labelInk, ink, separator);
        }
        float spare = Math.max(0, (width - total(sizes)) / cols);
        float lineH = ink.size() * 1.55f;
        for (int i = 0; i < pairs.size(); i++) {
            int col = i % cols;
            float cx = x;
            for (int k = 0; k < col; k++) {
                cx += sizes[k][0] + sizes[k][1] + spare;
            }
            float by = y + (i / cols + 1) * lineH;
            c.text(cx, by, pairs.get(i)[0], labelInk);
            c.text(cx + sizes[col][0], by, separator + pairs.get(i)[1], ink);
        }
        int rows = (pairs.size() + cols - 1) / cols;
        return y + rows * lineH + 4;
    }

    private static float[][] sizes(Canvas c, List<String[]> pairs, int cols, Ink labelInk, Ink ink, String sep) {
        float[][] s = new float[cols][2];
        for (int i = 0; i < pairs.size(); i++) {
            float[] col = s[i % cols];
            col[0] = Math.max(col[0], c.textWidth(pairs.get(i)[0], labelInk) + GAP);
            col[1] = Math.max(col[1], c.textWidth(sep + pairs.get(i)[1], ink) + GAP * 2);
        }
        return s;
    }

    private static float total(float[][] sizes) {
        float t = 0;
        for (float[] s : sizes) {
            t += s[0] + s[1];
        }
        return t;
    }
}
