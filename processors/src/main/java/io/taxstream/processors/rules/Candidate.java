package io.taxstream.processors.rules;

import io.taxstream.processors.model.Box;

/**
 * A possible value of a field.
 *
 * @param value normalised value
 * @param score how well it was found: label rank, and inline over right over below
 * @param page  1-based page
 * @param box   where it stands
 * @param order position in the document (line order), to break ties
 */
public record Candidate(String value, double score, int page, Box box, int order) {
}
