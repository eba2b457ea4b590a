package io.taxstream.corpus.holdout2.kit;

import io.taxstream.corpus.kit.Wrapping;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
import io.taxstream.corpus.pdf.Ink;
import java.util.List;

/** Drawing pieces the second holdout set shares: dot leaders, label-above cells, wrapping, boxes. */
public final class Draw {

    private Draw() {
    }

    /** {@code Basic Salary ............ 25,000.00}: label left, value right, dots between. */
    public static void leader(Canvas c, float x, float xRight, float y, String label, String value, Ink ink,
            Ink valueInk) {
        float lw = c.text(x, y, label, ink);
        float vw = c.textWidth(value, valueInk);
        c.right(xRight, y, value, valueInk);
        float dot = c.textWidth(" .", ink);
        float from = x + lw + 4;
        float to = xRight - vw - 4;
        int n = (int) ((to - from) / dot);
        if (n > 1) {
            c.text(from, y, " .".repeat(n), ink);
        }
    }

    /**
     * Boxed (or open) cells with a small label above a bold value, in rows of {@code columns}; a long value
     * wraps inside its cell. Returns the y below the grid.
     */
    public static float cells(Canvas c, float x, float y, float width, int columns, List<String[]> cells, Ink ink,
            boolean boxed) {
        float cw = width / columns;
        Ink label = ink.regular().plus(-1.5f);
        Ink value = ink.bold();
        float top = y;
        for (int start = 0; start < cells.size(); start += columns) {
            int end = Math.min(cells.size(), start + columns);
            int lines = 1;
            for (int i = start; i < end; i++) {
                lines = Math.max(lines, Chrome.wrap(c, cells.get(i)[1], cw - 8, value).size());
            }
            float h = label.size() + 7 + lines * value.size() * 1.3f + 5;
            for (int i = start; i < end; i++) {
                float cx = x + (i - start) * cw;
                if (boxed) {
                    c.box(cx, top, cw, h);
                }
                c.text(cx + 4, top + label.size() + 3, cells.get(i)[0], label);
                float vy = top + label.size() + 6 + value.size();
                for (String line : Chrome.wrap(c, cells.get(i)[1], cw - 8, value)) {
                    c.text(cx + 4, vy, line, value);
                    vy += value.size() * 1.3f;
                }
            }
            top += h;
        }
        return top;
    }

    /** Splits at spaces and after {@code / - *} so that no line is wider than {@code width}. */
    public static List<String> wrap(Canvas c, String text, float width, Ink ink) {
        return Wrapping.lines(c, text, width, ink, "/-*:");
    }

    /** The wrapped text joined with line breaks, for a table cell. */
    public static String cell(Canvas c, String text, float width, Ink ink) {
        return String.join("\n", wrap(c, text, width, ink));
    }

    /** A paragraph; returns the y below it. */
    public static float para(Canvas c, float x, float y, float width, String text, Ink ink) {
        return Chrome.paragraph(c, x, y, width, text, ink);
    }

    /** A box with a shaded title strip. Returns the y where the box's body starts. */
    public static float titledBox(Canvas c, float x, float y, float w, float h, String title, Ink ink) {
        c.shade(x, y, w, ink.size() + 8, 0.85f);
        c.box(x, y, w, h);
        c.text(x + 5, y + ink.size() + 3, title, ink.bold());
        return y + ink.size() + 8;
    }
}
