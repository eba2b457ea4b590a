package io.taxstream.processors.classify;

import java.util.List;

/**
 * A phrase that is evidence for (positive weight) or against (negative weight) a class.
 *
 * @param phrase the phrase as written in the table
 * @param tokens its tokens, see {@link Tokens}
 * @param weight points it adds to its class when present, before the page weight
 */
record Cue(String phrase, List<String> tokens, double weight) {

    Cue {
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a cue needs at least one token: '" + phrase + "'");
        }
    }

    static Cue of(String phrase, double weight) {
        return new Cue(phrase, Tokens.of(phrase), weight);
    }
}
