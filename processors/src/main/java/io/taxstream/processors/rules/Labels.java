package io.taxstream.processors.rules;

import io.taxstream.processors.layout.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label pattern, and where it occurs on a line. A label lies inside one segment (a cell): "TAN of
 * the Deductor" and "PAN of the Employee" in neighbouring cells never read as "Deductor PAN". A
 * label written {@code cell:...} must open its cell: "Name" in "Personnel No. 1017  Name  Chitra
 * Pai" is a label, "name" in "Bank name" is not.
 *
 * @param pattern the compiled label (lower case; a space matches any white space)
 * @param cell    whether it must open a cell
 */
public record Labels(Pattern pattern, boolean cell) {

    private static final String CELL = "cell:";

    /** Compiles a label as written in a type description. */
    public static Labels of(String written) {
        boolean cell = written.startsWith(CELL);
        String regex = cell ? written.substring(CELL.length()) : written;
        return new Labels(FieldRule.label(regex), cell);
    }

    /** The label as one alternative of a larger pattern applied to cell texts. */
    String alternative() {
        return cell ? "(?:^(?:" + pattern.pattern() + "))" : "(?:" + pattern.pattern() + ")";
    }

    /** The [start, end) offsets in {@link Line#lower()} where the label occurs. */
    List<int[]> hits(Line line) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(line.lower());
        if (cell) {
            for (int s = 0; s < line.segments().size(); s++) {
                m.region(line.segmentStart(s), line.segmentEnd(s));
                if (m.lookingAt()) {
                    out.add(new int[] {m.start(), m.end()});
                }
            }
            return out;
        }
        while (m.find()) {
            if (m.end() > m.start() && line.segmentAt(m.start()) == line.segmentAt(m.end() - 1)) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    /** Whether any of the labels occurs on the line. */
    static boolean any(List<Labels> labels, Line line) {
        for (Labels l : labels) {
            if (!l.hits(line).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
