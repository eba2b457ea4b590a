package io.taxstream.processors.classify;

import io.taxstream.processors.model.Page;
import io.taxstream.processors.model.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into lower-case tokens of letters and digits, the unit of phrase matching: every
 * other character separates tokens, so {@code Form No. 16}, {@code FORM NO 16} and
 * {@code form no.16} all give {@code form no 16}, and {@code 17(1)} gives {@code 17 1}.
 */
final class Tokens {

    private Tokens() {
    }

    /** The tokens of a phrase. */
    static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        add(text, tokens);
        return tokens;
    }

    /** The tokens of a page's words, in reading order. */
    static List<String> of(Page page) {
        List<String> tokens = new ArrayList<>(page.words().size() + 16);
        for (Word w : page.words()) {
            add(w.text(), tokens);
        }
        return tokens;
    }

    private static void add(String text, List<String> tokens) {
        int start = -1;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            boolean inToken = i < n && Character.isLetterOrDigit(text.charAt(i));
            if (inToken && start < 0) {
                start = i;
            } else if (!inToken && start >= 0) {
                tokens.add(lower(text, start, i));
                start = -1;
            }
        }
    }

    /** Lower case without allocating when the token already is. */
    private static String lower(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return text.substring(from, to).toLowerCase(Locale.ROOT);
            }
        }
        return from == 0 && to == text.length() ? text : text.substring(from, to);
    }
}
