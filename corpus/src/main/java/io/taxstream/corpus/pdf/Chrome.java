package io.taxstream.corpus.pdf;

import java.util.List;

/** Page furniture shared by layouts: footers with page numbers, signature blocks, notes. */
public final class Chrome {

    private Chrome() {
    }

    /** Adds "Page n of m" (or "n/m") and an optional left footer text to every page. */
    public static void pageNumbers(Canvas canvas, Ink ink, String leftText, boolean ofStyle) {
        canvas.onEveryPage((c, n, total) -> {
            float y = c.height() - 22;
            c.right(c.width() - 36, y, ofStyle ? "Page " + n + " of " + total : n + "/" + total, ink);
            if (leftText != null) {
                c.text(36, y, leftText, ink);
            }
        });
    }

    /** Repeats a running header line at the top of every page after the first. */
    public static void runningHeader(Canvas canvas, Ink ink, String text) {
        canvas.onEveryPage((c, n, total) -> {
            if (n > 1) {
                c.text(36, 24, text, ink);
            }
        });
    }

    /** Draws wrapped paragraph text; returns the y below it. */
    public static float paragraph(Canvas canvas, float x, float y, float width, String text, Ink ink) {
        float lineHeight = ink.size() * 1.35f;
        for (String line : wrap(canvas, text, width, ink)) {
            canvas.text(x, y, line, ink);
            y += lineHeight;
        }
        return y;
    }

    /** Splits text into lines that fit the width. */
    public static List<String> wrap(Canvas canvas, String text, float width, Ink ink) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (canvas.textWidth(candidate, ink) > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** A signature block: a line, the signatory and designation, place and date. */
    public static float signature(Canvas canvas, float xRight, float y, Ink ink, String name, String designation,
            String place, String date) {
        canvas.hline(xRight - 170, xRight, y + 28);
        canvas.right(xRight, y + 40, "(Signature of person responsible for deduction of tax)", ink.plus(-1));
        canvas.right(xRight, y + 52, "Full Name: " + name, ink);
        canvas.right(xRight, y + 64, "Designation: " + designation, ink);
        canvas.text(36, y + 40, "Place: " + place, ink);
        canvas.text(36, y + 52, "Date: " + date, ink);
        return y + 76;
    }
}
