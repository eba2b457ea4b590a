package io.taxstream.processors.rules;

import io.taxstream.processors.layout.Line;
import java.util.List;

/**
 * A run of lines of a document, e.g. Part B of a Form 16, found from marker lines.
 *
 * @param name  the section's name in the type description
 * @param lines its lines, in order
 */
public record Region(String name, List<Line> lines) {

    public Region {
        lines = List.copyOf(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
