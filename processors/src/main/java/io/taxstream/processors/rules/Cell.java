package io.taxstream.processors.rules;

import io.taxstream.processors.model.Box;
import io.taxstream.processors.model.Word;
import java.util.List;

/**
 * Printed text with its box: an amount with its currency and Dr/Cr marker, a table cell.
 *
 * @param text the printed text
 * @param box  where it stands
 */
public record Cell(String text, Box box) {

    static Cell of(List<Word> words) {
        StringBuilder sb = new StringBuilder();
        Box b = null;
        for (Word w : words) {
            sb.append(sb.length() == 0 ? "" : " ").append(w.text());
            b = b == null ? Box.around(w) : b.union(Box.around(w));
        }
        return new Cell(sb.toString(), b);
    }

    public float left() {
        return box.x();
    }

    public float right() {
        return box.x() + box.width();
    }

    /** Horizontal overlap with a span, in points (negative: the gap between them). */
    public float overlap(float otherLeft, float otherRight) {
        return Math.min(right(), otherRight) - Math.max(left(), otherLeft);
    }
}
