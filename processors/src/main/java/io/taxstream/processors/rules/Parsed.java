package io.taxstream.processors.rules;

/**
 * A value found in a piece of text: its contract form, and where it stood in that text.
 *
 * @param value normalised value
 * @param start start offset of the printed form
 * @param end   end offset of the printed form
 */
public record Parsed(String value, int start, int end) {
}
