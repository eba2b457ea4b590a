package io.taxstream.processors.model;

import java.util.List;

/**
 * One page of a document's text layer.
 *
 * @param number 1-based page number
 * @param width  page width in points
 * @param height page height in points
 * @param words  words in reading order as the loader found them
 */
public record Page(int number, float width, float height, List<Word> words) {

    public Page {
        words = List.copyOf(words);
    }

    public boolean hasText() {
        return !words.isEmpty();
    }
}
