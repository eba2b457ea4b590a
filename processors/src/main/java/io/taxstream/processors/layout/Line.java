package io.taxstream.processors.layout;

import io.taxstream.processors.model.Box;
import io.taxstream.processors.model.Word;
import java.util.ArrayList;
import java.util.List;

/** The words of a page that share a baseline, left to right, split into {@link Segment}s at column gaps. */
public final class Line {

    /** What stands between two segments in {@link #text()}: wider than any word space. */
    public static final String SEPARATOR = "  ";

    private final List<Word> words;
    private final List<Segment> segments;
    private final int page;
    private final int index;
    private final String text;
    private final String lower;
    private final int[] starts;
    private final int[] wordStarts;
    private final Box box;

    Line(List<Word> words, int page, int index, float columnGap) {
        this.words = List.copyOf(words);
        this.page = page;
        this.index = index;
        this.segments = split(words, page, columnGap);
        StringBuilder sb = new StringBuilder();
        this.starts = new int[segments.size()];
        for (int i = 0; i < segments.size(); i++) {
            if (sb.length() > 0) {
                sb.append(SEPARATOR);
            }
            starts[i] = sb.length();
            sb.append(segments.get(i).text());
        }
        this.text = sb.toString();
        this.wordStarts = new int[words.size()];
        int n = 0;
        for (int i = 0; i < segments.size(); i++) {
            int offset = starts[i];
            for (Word word : segments.get(i).words()) {
                wordStarts[n++] = offset;
                offset += word.text().length() + 1;
            }
        }
        this.lower = lowerSameLength(text);
        Box b = null;
        for (Word w : words) {
            b = b == null ? Box.around(w) : b.union(Box.around(w));
        }
        this.box = b;
    }

    /** Lower case char by char, so that offsets stay those of {@link #text()}. */
    private static String lowerSameLength(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    private static List<Segment> split(List<Word> words, int page, float columnGap) {
        List<Segment> out = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        Word previous = null;
        for (Word w : words) {
            if (previous != null && gap(previous, w) > threshold(previous, w, columnGap)) {
                out.add(new Segment(current, page));
                current = new ArrayList<>();
            }
            current.add(w);
            previous = w;
        }
        if (!current.isEmpty()) {
            out.add(new Segment(current, page));
        }
        return List.copyOf(out);
    }

    private static float gap(Word a, Word b) {
        return b.x() - a.right();
    }

    /** A gap wider than about one em separates columns; a word space is a third of that. */
    private static float threshold(Word a, Word b, float columnGap) {
        float size = Math.max(fontSize(a), fontSize(b));
        return Math.max(columnGap, size * 0.9f);
    }

    private static float fontSize(Word w) {
        return w.fontSize() > 0 ? w.fontSize() : w.height();
    }

    public List<Word> words() {
        return words;
    }

    public List<Segment> segments() {
        return segments;
    }

    /** The line's text with two spaces between segments, so that column gaps stay visible. */
    public String text() {
        return text;
    }

    /** {@link #text()} in lower case (same offsets), for matching labels. */
    public String lower() {
        return lower;
    }

    /** The index of the segment that holds the character at {@code offset} of {@link #text()} (a separator belongs to the segment after it). */
    public int segmentAt(int offset) {
        for (int i = starts.length - 1; i >= 0; i--) {
            if (offset >= starts[i]) {
                return i;
            }
        }
        return 0;
    }

    /** The words (in {@link #words()} order) that the characters {@code [start, end)} of {@link #text()} touch. */
    public List<Word> wordsIn(int start, int end) {
        List<Word> out = new ArrayList<>();
        for (int i = 0; i < wordStarts.length; i++) {
            int wordEnd = wordStarts[i] + words.get(i).text().length();
            if (wordStarts[i] < end && wordEnd > start) {
                out.add(words.get(i));
            }
        }
        return out;
    }

    /**
     * The approximate left edge of the character at {@code offset} of {@link #text()}: inside a word
     * it is interpolated over the word's width (words printed without a space between them, such as
     * "UnitsPurchase", are told apart this way); in a gap it is the next word's left edge.
     */
    public float xOf(int offset) {
        for (int i = 0; i < wordStarts.length; i++) {
            Word w = words.get(i);
            if (offset < wordStarts[i]) {
                return w.x();
            }
            int length = w.text().length();
            if (offset < wordStarts[i] + length) {
                return w.x() + w.width() * (offset - wordStarts[i]) / length;
            }
        }
        return box.x() + box.width();
    }

    /** The approximate right edge of the character before {@code end} (see {@link #xOf(int)}). */
    public float xAfter(int end) {
        for (int i = wordStarts.length - 1; i >= 0; i--) {
            Word w = words.get(i);
            if (end > wordStarts[i]) {
                int length = w.text().length();
                int inside = Math.min(end - wordStarts[i], length);
                return w.x() + w.width() * inside / Math.max(1, length);
            }
        }
        return box.x();
    }

    /** Where segment {@code i} starts in {@link #text()}. */
    public int segmentStart(int i) {
        return starts[i];
    }

    /** Where segment {@code i} ends in {@link #text()}. */
    public int segmentEnd(int i) {
        return starts[i] + segments.get(i).text().length();
    }

    public int page() {
        return page;
    }

    /** Position of this line on its page, from 0 at the top. */
    public int index() {
        return index;
    }

    public Box box() {
        return box;
    }

    public float top() {
        return box.y();
    }

    public float bottom() {
        return box.y() + box.height();
    }

    @Override
    public String toString() {
        return page + "." + index + " " + text;
    }
}
