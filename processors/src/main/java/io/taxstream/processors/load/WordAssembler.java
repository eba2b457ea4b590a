package io.taxstream.processors.load;

import io.taxstream.processors.model.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins glyphs, in content-stream order, into words: a word ends at a space, at a change of line,
 * when the pen steps back, or at a horizontal gap wider than a fraction of the font size. Letters
 * of a word sit edge to edge (kerning moves them by a few hundredths of an em) while separate
 * words or table cells drawn without a space glyph are apart by a quarter of an em or more, so the
 * default fraction of 0.2 em keeps both right.
 *
 * <p>Boxes use the em box of the font size: top = baseline − 0.8 em, height = 1 em, so that words
 * of one line and size share their top exactly.
 */
final class WordAssembler {

    /** Default gap, in ems, above which two glyphs on one line belong to different words. */
    static final float DEFAULT_GAP = 0.2f;
    /** Share of the em box above the baseline. */
    static final float ASCENT = 0.8f;
    private static final float SAME_LINE = 0.3f;
    private static final float STEP_BACK = 0.3f;
    private static final float OVERPRINT = 0.15f;

    private final float gap;
    private final List<Word> words = new ArrayList<>();
    private final StringBuilder text = new StringBuilder(32);
    private float left;
    private float right;
    private float baseline;
    private float size;
    private boolean bold;
    private String lastGlyph;
    private float lastX;

    WordAssembler(float gap) {
        this.gap = gap;
    }

    /**
     * Adds one glyph.
     *
     * @param glyph    its text, already cleaned by {@link TextCleaner}
     * @param x        left edge of its advance
     * @param base     baseline, from the top of the page
     * @param width    advance width
     * @param fontSize effective font size in points
     * @param isBold   whether its font is bold
     */
    void add(String glyph, float x, float base, float width, float fontSize, boolean isBold) {
        if (glyph.isEmpty()) {
            return;
        }
        if (glyph.indexOf(' ') >= 0) {
            addWithSpaces(glyph, x, base, width, fontSize, isBold);
            return;
        }
        if (text.length() > 0 && isOverprint(glyph, x, base)) {
            return;
        }
        if (text.length() > 0 && !continues(x, base, fontSize)) {
            flush();
        }
        if (text.length() == 0) {
            left = x;
            right = x + width;
            baseline = base;
            size = fontSize;
            bold = isBold;
        } else {
            right = Math.max(right, x + width);
            size = Math.max(size, fontSize);
            bold &= isBold;
        }
        text.append(glyph);
        lastGlyph = glyph;
        lastX = x;
    }

    /** Ends the current word, e.g. at a space glyph. */
    void flush() {
        if (text.length() == 0) {
            return;
        }
        float em = size > 0 ? size : 1f;
        words.add(new Word(text.toString(), left, baseline - ASCENT * em, Math.max(0f, right - left), em, size, bold));
        text.setLength(0);
        lastGlyph = null;
    }

    /** The words so far, in content-stream order; ends the current word. */
    List<Word> words() {
        flush();
        return words;
    }

    private boolean continues(float x, float base, float fontSize) {
        float em = Math.max(size, fontSize);
        if (Math.abs(base - baseline) > SAME_LINE * em) {
            return false;
        }
        float distance = x - right;
        return distance <= gap * em && distance >= -STEP_BACK * em;
    }

    /** Fake bold: the same glyph drawn again a fraction of a point to the side. */
    private boolean isOverprint(String glyph, float x, float base) {
        return glyph.equals(lastGlyph) && Math.abs(x - lastX) < OVERPRINT * size
                && Math.abs(base - baseline) < OVERPRINT * size;
    }

    /** A glyph whose text holds spaces (a ligature-like mapping to several words); rare. */
    private void addWithSpaces(String glyph, float x, float base, float width, float fontSize, boolean isBold) {
        flush();
        for (String part : glyph.split(" ")) {
            if (!part.isEmpty()) {
                add(part, x, base, width, fontSize, isBold);
                flush();
            }
        }
    }
}
