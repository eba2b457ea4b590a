package io.taxstream.corpus.holdout.kit;

import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
import io.taxstream.corpus.pdf.Ink;
import java.util.List;

/**
 * A grid of boxed cells, each with its label on a small line above its value, as form-like
 * documents (cloud payroll headers, bank forms) print facts; a value too long for its cell wraps.
 */
public final class Cells {

    private Cells() {
    }

    /**
     * Draws the cells row by row; returns the y below the grid.
     *
     * @param boxed whether cells are ruled; when not, labels are set in grey-looking small type only
     */
    public static float draw(Canvas c, float x, float y, float width, int columns, List<String[]> cells, Ink ink,
            boolean boxed) {
        float cw = width / columns;
        Ink label = ink.regular().plus(-2f);
        Ink value = ink.bold();
        float rowTop = y;
        for (int start = 0; start < cells.size(); start += columns) {
            int lines = 1;
            for (int i = start; i < Math.min(cells.size(), start + columns); i++) {
                lines = Math.max(lines, Chrome.wrap(c, cells.get(i)[1], cw - 8, value).size());
            }
            float h = label.size() + 6 + lines * value.size() * 1.3f + 6;
            for (int i = start; i < Math.min(cells.size(), start + columns); i++) {
                float cx = x + (i - start) * cw;
                if (boxed) {
                    c.box(cx, rowTop, cw, h);
                }
                c.text(cx + 4, rowTop + label.size() + 3, cells.get(i)[0], label);
                float vy = rowTop + label.size() + 5 + value.size();
                for (String line : Chrome.wrap(c, cells.get(i)[1], cw - 8, value)) {
                    c.text(cx + 4, vy, line, value);
                    vy += value.size() * 1.3f;
                }
            }
            rowTop += h;
        }
        return rowTop;
    }
}
