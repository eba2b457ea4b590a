package io.taxstream.corpus.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fixed-width text lines as a dot-matrix printer or a mainframe report produces them; rendered
 * either as Courier on PDF pages or as a plain-text file.
 */
public final class MonoSheet {

    private final int width;
    private final List<String> lines = new ArrayList<>();

    public MonoSheet(int width) {
        this.width = width;
    }

    public int width() {
        return width;
    }

    public MonoSheet line(String s) {
        lines.add(s.length() > width ? s.substring(0, width) : s);
        return this;
    }

    public MonoSheet rule(char ch) {
        return line(String.valueOf(ch).repeat(width));
    }

    public MonoSheet blank() {
        return line("");
    }

    public MonoSheet center(String s) {
        int pad = Math.max(0, (width - s.length()) / 2);
        return line(" ".repeat(pad) + s);
    }

    /** A line of cells: positive widths left-align, negative widths right-align. */
    public MonoSheet cols(int[] widths, String... cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = i < cells.length && cells[i] != null ? cells[i] : "";
            int w = Math.abs(widths[i]);
            if (cell.length() > w) {
                cell = cell.substring(0, w);
            }
            String fmt = widths[i] < 0 ? "%" + w + "s" : "%-" + w + "s";
            sb.append(String.format(Locale.ROOT, fmt, cell));
        }
        return line(sb.toString().replaceAll("\\s+$", ""));
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    public String text() {
        return String.join("\n", lines) + "\n";
    }

    /** Draws the lines in Courier, breaking pages every {@code perPage} lines. */
    public void draw(Canvas canvas, float size, int perPage) {
        Ink ink = Ink.of(Family.COURIER, size);
        float lineHeight = size * 1.25f;
        for (int i = 0; i < lines.size(); i++) {
            if (i % perPage == 0) {
                canvas.newPage();
            }
            canvas.text(30, 40 + (i % perPage + 1) * lineHeight, lines.get(i), ink);
        }
    }
}
