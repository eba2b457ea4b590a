package io.taxstream.processors.extract;

import io.taxstream.processors.model.Box;

/**
 * A field value in the contract's normalised form, with where it was found.
 *
 * @param value      normalised value
 * @param confidence in [0, 1]
 * @param page       1-based page, 0 when unknown
 * @param box        where on the page, or null
 */
public record ExtractedField(String value, double confidence, int page, Box box) {

    public static ExtractedField of(String value, double confidence, int page) {
        return new ExtractedField(value, confidence, page, null);
    }
}
