package io.taxstream.corpus.pdf;

import java.util.List;

/**
 * A table drawn row by row at a fixed x: a header, body rows whose cells may hold several lines
 * ({@code \n}), aligned columns and one of three ruling styles.
 */
public final class Table {

    /** How a table is ruled. */
    public enum Rules { NONE, HORIZONTAL, GRID }

    /** Alignment of a column's text. */
    public enum Align { LEFT, RIGHT, CENTER }

    /**
     * One column.
     *
     * @param header the header text ({@code \n} for several lines)
     * @param width  the width in points
     * @param align  how cells are aligned
     */
    public record Column(String header, float width, Align align) {
        public static Column left(String header, float width) {
            return new Column(header, width, Align.LEFT);
        }

        public static Column right(String header, float width) {
            return new Column(header, width, Align.RIGHT);
        }

        public static Column center(String header, float width) {
            return new Column(header, width, Align.CENTER);
        }
    }

    private static final float PAD = 3f;

    private final Canvas canvas;
    private final float x;
    private final List<Column> columns;
    private final Ink ink;
    private final Rules rules;
    private final float rowGap;

    public Table(Canvas canvas, float x, List<Column> columns, Ink ink, Rules rules) {
        this(canvas, x, columns, ink, rules, PAD);
    }

    /** A table whose rows have {@code rowGap} points of space below their text (3 by default). */
    public Table(Canvas canvas, float x, List<Column> columns, Ink ink, Rules rules, float rowGap) {
        this.canvas = canvas;
        this.x = x;
        this.columns = List.copyOf(columns);
        this.ink = ink;
        this.rules = rules;
        this.rowGap = rowGap;
    }

    public float totalWidth() {
        float w = 0;
        for (Column c : columns) {
            w += c.width();
        }
        return w;
    }

    public float lineHeight() {
        return ink.size() * 1.35f;
    }

    /** Draws the header row with its top at {@code y}; returns the y below it. */
    public float header(float y) {
        String[] cells = columns.stream().map(Column::header).toArray(String[]::new);
        float bottom = draw(y, ink.bold(), cells);
        if (rules == Rules.HORIZONTAL) {
            canvas.hline(x, x + totalWidth(), y);
            canvas.hline(x, x + totalWidth(), bottom);
        }
        return bottom;
    }

    public float row(float y, String... cells) {
        return row(y, ink, cells);
    }

    /** Draws a body row with its top at {@code y} in the given ink; returns the y below it. */
    public float row(float y, Ink rowInk, String... cells) {
        return draw(y, rowInk, cells);
    }

    /** The height a row of these cells takes. */
    public float height(String... cells) {
        int lines = 1;
        for (String c : cells) {
            lines = Math.max(lines, c == null ? 1 : c.split("\n", -1).length);
        }
        return lines * lineHeight() + rowGap;
    }

    /** A rule under the last row, e.g. above a total. */
    public void rule(float y) {
        canvas.hline(x, x + totalWidth(), y);
    }

    private float draw(float y, Ink rowInk, String... cells) {
        float h = height(cells);
        float cx = x;
        for (int i = 0; i < columns.size(); i++) {
            Column col = columns.get(i);
            String cell = i < cells.length && cells[i] != null ? cells[i] : "";
            String[] lines = cell.split("\n", -1);
            for (int l = 0; l < lines.length; l++) {
                float baseline = y + PAD + rowInk.size() + l * lineHeight();
                drawCell(cx, col, lines[l], baseline, rowInk);
            }
            if (rules == Rules.GRID) {
                canvas.box(cx, y, col.width(), h);
            }
            cx += col.width();
        }
        return y + h;
    }

    private void drawCell(float cx, Column col, String s, float baseline, Ink rowInk) {
        if (s.isEmpty()) {
            return;
        }
        switch (col.align()) {
            case LEFT -> canvas.text(cx + PAD, baseline, s, rowInk);
            case RIGHT -> canvas.right(cx + col.width() - PAD, baseline, s, rowInk);
            case CENTER -> canvas.center(cx + col.width() / 2, baseline, s, rowInk);
        }
    }
}
