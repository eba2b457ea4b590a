package io.taxstream.processors.rules;

import io.taxstream.processors.layout.Line;
import io.taxstream.processors.layout.Segment;
import io.taxstream.processors.model.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A header cell printed on two lines, read top to bottom: the words of the upper line and the
 * words of the lower line under them ("Redemption" over "Amount" is "redemption amount"). Words
 * belong together when they overlap horizontally; a word with nothing above or below it joins its
 * neighbour in the same segment ("Scheme Name").
 *
 * @param text   the cell's words in lower case, upper line first, joined by single spaces
 * @param words  the words, in the same order
 * @param starts where each word starts in {@code text}
 */
record Stack(String text, List<Word> words, int[] starts) {

    Stack {
        words = List.copyOf(words);
        starts = starts.clone();
    }

    /** The stacked cells of a two-line header, left to right. */
    static List<Stack> of(Line upper, Line lower) {
        List<Word> all = new ArrayList<>(upper.words());
        all.addAll(lower.words());
        int split = upper.words().size();
        int[] parent = new int[all.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        boolean[] partnered = new boolean[all.size()];
        for (int u = 0; u < split; u++) {
            for (int l = split; l < all.size(); l++) {
                if (overlap(all.get(u), all.get(l)) > 0) {
                    union(parent, u, l);
                    partnered[u] = true;
                    partnered[l] = true;
                }
            }
        }
        joinLoners(all, parent, partnered, segmentsOf(upper, lower));
        Map<Integer, List<Word>> groups = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(all.get(i));
        }
        List<Stack> out = new ArrayList<>();
        for (List<Word> g : groups.values()) {
            out.add(of(g, upper));
        }
        out.sort(Comparator.comparingDouble(s -> s.words().get(0).x()));
        return out;
    }

    private static Stack of(List<Word> group, Line upper) {
        List<Word> ordered = new ArrayList<>(group);
        ordered.sort(Comparator.comparingInt((Word w) -> upper.words().contains(w) ? 0 : 1).thenComparingDouble(Word::x));
        StringBuilder sb = new StringBuilder();
        int[] starts = new int[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            starts[i] = sb.length();
            sb.append(ordered.get(i).text().toLowerCase(Locale.ROOT));
        }
        return new Stack(sb.toString(), ordered, starts);
    }

    /** The x-span of the characters {@code [start, end)} of {@link #text()}, interpolated inside words. */
    float[] span(int start, int end) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            int ws = starts[i];
            int we = ws + w.text().length();
            if (ws < end && we > start) {
                float perChar = w.width() / Math.max(1, w.text().length());
                left = Math.min(left, w.x() + perChar * Math.max(0, start - ws));
                right = Math.max(right, w.x() + perChar * (Math.min(end, we) - ws));
            }
        }
        return new float[] {left, right};
    }

    /** A word with no partner on the other line joins the nearest word of its own segment. */
    private static void joinLoners(List<Word> all, int[] parent, boolean[] partnered, Map<Word, Segment> segments) {
        for (int i = 0; i < all.size(); i++) {
            if (partnered[i]) {
                continue;
            }
            Word w = all.get(i);
            Segment own = segments.get(w);
            int nearest = -1;
            float best = Float.MAX_VALUE;
            for (int j = 0; j < all.size(); j++) {
                Word o = all.get(j);
                if (j != i && segments.get(o) == own) {
                    float gap = Math.max(o.x() - w.right(), w.x() - o.right());
                    if (gap < best) {
                        best = gap;
                        nearest = j;
                    }
                }
            }
            if (nearest >= 0) {
                union(parent, i, nearest);
            }
        }
    }

    private static Map<Word, Segment> segmentsOf(Line upper, Line lower) {
        Map<Word, Segment> out = new IdentityHashMap<>();
        for (Line line : List.of(upper, lower)) {
            for (Segment s : line.segments()) {
                for (Word w : s.words()) {
                    out.put(w, s);
                }
            }
        }
        return out;
    }

    private static float overlap(Word a, Word b) {
        return Math.min(a.right(), b.right()) - Math.max(a.x(), b.x());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
