package io.taxstream.processors.layout;

import io.taxstream.processors.model.Box;
import io.taxstream.processors.model.Word;
import java.util.List;

/**
 * A run of words on one line with no wide gap inside: a phrase, a table cell, a label or a
 * value. Lines split into segments at gaps wider than a column gap.
 */
public final class Segment {

    private final List<Word> words;
    private final int page;
    private final String text;
    private final Box box;

    Segment(List<Word> words, int page) {
        this.words = List.copyOf(words);
        this.page = page;
        StringBuilder sb = new StringBuilder();
        Box b = null;
        for (Word w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.text());
            b = b == null ? Box.around(w) : b.union(Box.around(w));
        }
        this.text = sb.toString();
        this.box = b;
    }

    public List<Word> words() {
        return words;
    }

    public String text() {
        return text;
    }

    public int page() {
        return page;
    }

    public Box box() {
        return box;
    }

    public float left() {
        return box.x();
    }

    public float right() {
        return box.x() + box.width();
    }

    public float top() {
        return box.y();
    }

    public float bottom() {
        return box.y() + box.height();
    }

    public float centerX() {
        return box.x() + box.width() / 2f;
    }

    /** Horizontal overlap with another segment or column span, in points (negative: the gap between them). */
    public float overlap(float otherLeft, float otherRight) {
        return Math.min(right(), otherRight) - Math.max(left(), otherLeft);
    }

    @Override
    public String toString() {
        return "[" + text + "]@" + page + ":" + Math.round(left()) + "-" + Math.round(right());
    }
}
