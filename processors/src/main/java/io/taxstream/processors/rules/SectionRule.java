package io.taxstream.processors.rules;

import io.taxstream.processors.layout.Layout;
import io.taxstream.processors.layout.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A named part of a document: from the first line matching a start marker to the line before an
 * end marker (or the end of the document).
 */
public record SectionRule(String name, List<Pattern> starts, List<Pattern> ends) {

    public static SectionRule of(String name, List<String> starts, List<String> ends) {
        return new SectionRule(name, starts.stream().map(FieldRule::label).toList(), ends.stream().map(FieldRule::label).toList());
    }

    /** The section in a layout, if its start marker is there. */
    public Optional<Region> find(Layout layout) {
        List<Line> lines = layout.lines();
        int from = -1;
        for (int i = 0; i < lines.size() && from < 0; i++) {
            if (matchesAny(starts, lines.get(i))) {
                from = i;
            }
        }
        if (from < 0) {
            return Optional.empty();
        }
        List<Line> region = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            if (i > from && matchesAny(ends, lines.get(i))) {
                break;
            }
            region.add(lines.get(i));
        }
        return Optional.of(new Region(name, region));
    }

    static boolean matchesAny(List<Pattern> patterns, Line line) {
        for (Pattern p : patterns) {
            if (p.matcher(line.lower()).find()) {
                return true;
            }
        }
        return false;
    }
}
