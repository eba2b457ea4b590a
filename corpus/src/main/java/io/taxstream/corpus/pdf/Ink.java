package io.taxstream.corpus.pdf;

/**
 * A text style: family, weight and size.
 *
 * @param family the base font family
 * @param heavy  whether the bold face is used
 * @param size   the size in points
 */
public record Ink(Family family, boolean heavy, float size) {

    public static Ink of(Family family, float size) {
        return new Ink(family, false, size);
    }

    public Ink bold() {
        return new Ink(family, true, size);
    }

    public Ink regular() {
        return new Ink(family, false, size);
    }

    public Ink size(float newSize) {
        return new Ink(family, heavy, newSize);
    }

    public Ink plus(float delta) {
        return new Ink(family, heavy, size + delta);
    }
}
