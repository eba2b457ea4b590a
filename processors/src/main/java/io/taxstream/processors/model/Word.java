package io.taxstream.processors.model;

/**
 * A word of a page's text layer with its box in PDF points, origin top-left, y growing downwards.
 *
 * @param text     the word as printed
 * @param x        left edge
 * @param y        top edge
 * @param width    box width
 * @param height   box height
 * @param fontSize font size in points, 0 when unknown
 * @param bold     whether the font is a bold face
 */
public record Word(String text, float x, float y, float width, float height, float fontSize, boolean bold) {

    /** A word of plain text without real geometry (text input): one unit per character, one line per row. */
    public static Word plain(String text, int column, int row) {
        return new Word(text, column * 6f, row * 12f, text.length() * 6f, 10f, 10f, false);
    }

    public float right() {
        return x + width;
    }

    public float bottom() {
        return y + height;
    }

    public float centerY() {
        return y + height / 2f;
    }
}
