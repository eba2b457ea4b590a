package io.taxstream.corpus.kit;

import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Ink;
import java.util.ArrayList;
import java.util.List;

/** Wraps text as reports do: at spaces, or just after a break character, never inside a run of letters and digits. */
public final class Wrapping {

    private Wrapping() {
    }

    /**
     * Lines of {@code text} no wider than {@code width} where the text allows.
     *
     * @param breakAfter characters besides the space a line may end after, e.g. {@code "/-*"}
     */
    public static List<String> lines(Canvas c, String text, float width, Ink ink, String breakAfter) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (char ch : text.toCharArray()) {
            piece.append(ch);
            if (ch == ' ' || breakAfter.indexOf(ch) >= 0) {
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
