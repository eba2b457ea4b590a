package io.taxstream.processors.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a specialist found in a document: contract fields, line items, which extractor produced
 * them, the sections it recognised (e.g. {@code part_a}, {@code part_b} of a Form 16, which decide
 * conditional requirements), the cascade's attempts, and notes for a reviewer (why something was
 * left out).
 */
public record Extraction(String extractor, Map<String, ExtractedField> fields, List<Item> items,
                         Set<String> sections, List<TierAttempt> attempts, List<String> notes) {

    public Extraction {
        fields = Map.copyOf(fields);
        items = List.copyOf(items);
        sections = Set.copyOf(sections);
        attempts = List.copyOf(attempts);
        notes = List.copyOf(notes);
    }

    /** Nothing extracted, with the reason for the reviewer. */
    public static Extraction none(String extractor, String note) {
        return new Extraction(extractor, Map.of(), List.of(), Set.of(), List.of(), List.of(note));
    }

    /** This extraction with more cascade attempts recorded before its own. */
    public Extraction withAttempts(List<TierAttempt> earlier) {
        List<TierAttempt> all = new java.util.ArrayList<>(earlier);
        all.addAll(attempts);
        return new Extraction(extractor, fields, items, sections, all, notes);
    }

    public String value(String field) {
        ExtractedField f = fields.get(field);
        return f == null ? null : f.value();
    }

    public List<Item> items(String kind) {
        return items.stream().filter(i -> i.kind().equals(kind)).toList();
    }
}
