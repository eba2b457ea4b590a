package io.taxstream.processors.classify;

import io.taxstream.processors.model.Document;
import io.taxstream.processors.model.Page;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds many phrases in one pass over a document's tokens with a trie of token sequences: at each
 * token it follows the trie as far as the text allows, so the cost grows with the text, not with
 * the number of phrases. Immutable once built; safe to share between threads.
 */
final class PhraseMatcher {

    private static final int[] NONE = new int[0];
    /** Words that deny what follows them, and how many tokens back they reach ("not a", "is not an"). */
    private static final java.util.Set<String> NEGATIONS = java.util.Set.of("not", "nor", "neither");
    private static final int NEGATION_REACH = 2;

    private static final class Node {
        private final Map<String, Node> next = new HashMap<>(4);
        private int[] phrases = NONE;
    }

    private final Node root = new Node();
    private final int size;

    /** A matcher of the phrases, each given as its tokens; phrase {@code i} is reported as index {@code i}. */
    PhraseMatcher(List<List<String>> phrases) {
        for (int i = 0; i < phrases.size(); i++) {
            Node node = root;
            for (String token : phrases.get(i)) {
                node = node.next.computeIfAbsent(token, t -> new Node());
            }
            node.phrases = append(node.phrases, i);
        }
        this.size = phrases.size();
    }

    /**
     * For every phrase, the highest weight of a page it occurs on, or 0 when it occurs nowhere.
     *
     * @param firstPageWeight weight of page 1; later pages weigh 1
     */
    float[] bestPageWeights(Document document, float firstPageWeight) {
        float[] best = new float[size];
        for (Page page : document.pages()) {
            float weight = page.number() == 1 ? firstPageWeight : 1f;
            match(Tokens.of(page), weight, best);
        }
        return best;
    }

    private void match(List<String> tokens, float weight, float[] best) {
        int n = tokens.size();
        for (int start = 0; start < n; start++) {
            if (negated(tokens, start)) {
                continue;
            }
            Node node = root;
            for (int i = start; i < n; i++) {
                node = node.next.get(tokens.get(i));
                if (node == null) {
                    break;
                }
                for (int phrase : node.phrases) {
                    best[phrase] = Math.max(best[phrase], weight);
                }
            }
        }
    }

    /** A phrase right after "not" ("this is not a capital gains statement") is no evidence for it. */
    private static boolean negated(List<String> tokens, int start) {
        for (int i = Math.max(0, start - NEGATION_REACH); i < start; i++) {
            if (NEGATIONS.contains(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static int[] append(int[] array, int value) {
        int[] grown = Arrays.copyOf(array, array.length + 1);
        grown[array.length] = value;
        return grown;
    }

    /** The token lists of cues, for building a matcher. */
    static List<List<String>> tokensOf(List<Cue> cues) {
        List<List<String>> tokens = new ArrayList<>(cues.size());
        for (Cue cue : cues) {
            tokens.add(cue.tokens());
        }
        return tokens;
    }
}
