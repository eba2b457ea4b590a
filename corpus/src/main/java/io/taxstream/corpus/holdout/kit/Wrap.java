package io.taxstream.corpus.holdout.kit;

import io.taxstream.corpus.kit.Wrapping;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Ink;
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
        return Wrapping.lines(c, text, width, ink, "/-*");
    }
}
