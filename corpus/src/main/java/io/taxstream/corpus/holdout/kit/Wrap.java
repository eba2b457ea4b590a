package io.taxstream.corpus.holdout.kit;

import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Ink;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps narrations the way core-banking reports do: at spaces, or just after a {@code /},
 * {@code -} or {@code *} when a run without spaces is too long, never inside a run of letters
 * and digits.
 */
public final class Wrap {

    private Wrap() {
    }

    public static List<String> lines(Canvas c, String text, float width, Ink ink) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (char ch : text.toCharArray()) {
            piece.append(ch);
            if (ch == ' ' || ch == '/' || ch == '-' || ch == '*') {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
        }
        if (piece.length() > 0) {
            pieces.add(piece.toString());
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String p : pieces) {
            if (line.length() > 0 && c.textWidth((line + p).stripTrailing(), ink) > width) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            line.append(p);
        }
        if (line.length() > 0) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
