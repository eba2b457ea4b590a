package io.taxstream.processors.model;

/** A rectangle in PDF points, origin top-left. */
public record Box(float x, float y, float width, float height) {

    public static Box around(Word w) {
        return new Box(w.x(), w.y(), w.width(), w.height());
    }

    public Box union(Box o) {
        float left = Math.min(x, o.x);
        float top = Math.min(y, o.y);
        float right = Math.max(x + width, o.x + o.width);
        float bottom = Math.max(y + height, o.y + o.height);
        return new Box(left, top, right - left, bottom - top);
    }
}
