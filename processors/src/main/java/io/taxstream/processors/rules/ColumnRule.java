package io.taxstream.processors.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A column of a table: the item value it holds and the header words it goes by.
 *
 * @param name    the value's name in the row (an item value name, or a working name)
 * @param headers header patterns (lower-case regular expressions)
 */
public record ColumnRule(String name, List<Pattern> headers) {

    public static ColumnRule of(String name, String... headers) {
        return new ColumnRule(name, java.util.Arrays.stream(headers).map(FieldRule::label).toList());
    }

    boolean matches(String lowerText) {
        for (Pattern p : headers) {
            if (p.matcher(lowerText).find()) {
                return true;
            }
        }
        return false;
    }
}
