package io.taxstream.processors.load;

import io.taxstream.processors.model.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Puts a page's words in reading order: lines top to bottom, words left to right in a line.
 *
 * <p>Sorting is needed for correctness: content streams are not written in reading order by many
 * producers (tables emitted column by column, values filled into a template after its labels as in
 * TRACES Form 16, headers and footers written last). Words are sorted, not glyphs (several times
 * fewer elements), and the merge sort used by {@link Arrays#sort(Object[], Comparator)} is linear
 * on input that is already in order, the common case.
 */
final class ReadingOrder {

    /** Baselines closer than this share of the smaller font size are one line. */
    private static final float SAME_LINE = 0.4f;
    /** A word drawn again (fake bold) within this share of an em of itself is dropped. */
    private static final float OVERPRINT = 0.2f;

    private static final Comparator<Word> BY_BASELINE = Comparator.comparingDouble(ReadingOrder::baseline);
    private static final Comparator<Word> BY_X = Comparator.comparingDouble(Word::x);

    private ReadingOrder() {
    }

    /** The words in reading order, without overprinted duplicates. */
    static List<Word> of(List<Word> words) {
        if (words.size() < 2) {
            return words;
        }
        Word[] all = words.toArray(new Word[0]);
        Arrays.sort(all, BY_BASELINE);
        List<Word> ordered = new ArrayList<>(all.length);
        int start = 0;
        for (int i = 1; i <= all.length; i++) {
            if (i == all.length || !sameLine(all[start], all[i])) {
                addLine(all, start, i, ordered);
                start = i;
            }
        }
        return ordered;
    }

    static float baseline(Word w) {
        return w.y() + WordAssembler.ASCENT * w.height();
    }

    private static boolean sameLine(Word first, Word w) {
        return baseline(w) - baseline(first) <= SAME_LINE * Math.min(first.height(), w.height());
    }

    private static void addLine(Word[] all, int from, int to, List<Word> ordered) {
        Arrays.sort(all, from, to, BY_X);
        Word previous = null;
        for (int i = from; i < to; i++) {
            Word w = all[i];
            if (previous == null || !isOverprint(previous, w)) {
                ordered.add(w);
                previous = w;
            }
        }
    }

    private static boolean isOverprint(Word a, Word b) {
        float tolerance = OVERPRINT * Math.max(a.height(), 1f);
        return a.text().equals(b.text()) && Math.abs(a.x() - b.x()) < tolerance && Math.abs(a.y() - b.y()) < tolerance;
    }
}
