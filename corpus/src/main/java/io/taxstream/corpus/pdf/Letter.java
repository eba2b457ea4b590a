package io.taxstream.corpus.pdf;

import java.util.List;

/**
 * A one-page letter or certificate written top to bottom: letterhead, title, paragraphs, tables,
 * key-value blocks and a signature, with a running cursor.
 */
public final class Letter {

    private final Canvas canvas;
    private final Ink ink;
    private final float x;
    private float y;

    public Letter(Canvas canvas, Ink ink, float margin) {
        this.canvas = canvas;
        this.ink = ink;
        this.x = margin;
        this.y = 40;
        canvas.newPage();
    }

    public Canvas canvas() {
        return canvas;
    }

    public float y() {
        return y;
    }

    public void moveTo(float newY) {
        y = newY;
    }

    public void gap(float dy) {
        y += dy;
    }

    public float width() {
        return canvas.width() - 2 * x;
    }

    public float x() {
        return x;
    }

    /** Name in large bold, then smaller address lines, all centred; a rule below. */
    public Letter letterhead(String name, List<String> lines) {
        canvas.center(canvas.width() / 2, y + 16, name, ink.bold().size(ink.size() + 7));
        y += 22;
        for (String line : lines) {
            y += ink.size() + 2;
            canvas.center(canvas.width() / 2, y, line, ink.plus(-1));
        }
        y += 8;
        canvas.line(x, y, canvas.width() - x, y, 1.2f);
        y += 10;
        return this;
    }

    public Letter title(String text) {
        y += ink.size() + 8;
        canvas.center(canvas.width() / 2, y, text, ink.bold().plus(2));
        y += 10;
        return this;
    }

    public Letter line(String text) {
        y += ink.size() + 4;
        canvas.text(x, y, text, ink);
        return this;
    }

    public Letter boldLine(String text) {
        y += ink.size() + 4;
        canvas.text(x, y, text, ink.bold());
        return this;
    }

    public Letter rightLine(String text) {
        y += ink.size() + 4;
        canvas.right(canvas.width() - x, y, text, ink);
        return this;
    }

    public Letter paragraph(String text) {
        y = Chrome.paragraph(canvas, x, y + ink.size() + 6, width(), text, ink) - ink.size();
        y += 4;
        return this;
    }

    public Letter pairs(List<String[]> pairs, int columns) {
        y = KeyValueGrid.draw(canvas, x, y, width(), columns, pairs, ink, ": ", false);
        return this;
    }

    /** Starts a table at the cursor and returns it; callers move the cursor with its row results. */
    public Table table(List<Table.Column> columns, Table.Rules rules) {
        return new Table(canvas, x, columns, ink, rules);
    }

    public Letter signature(String... lines) {
        y += 40;
        for (String line : lines) {
            canvas.right(canvas.width() - x, y, line, ink);
            y += ink.size() + 3;
        }
        return this;
    }

    public Letter footnote(String text) {
        Chrome.paragraph(canvas, x, canvas.height() - 50, width(), text, ink.plus(-1.5f));
        return this;
    }
}
