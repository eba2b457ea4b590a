package io.taxstream.processors.extract;

import java.util.List;
import java.util.Map;

/**
 * What a specialist found in a document: contract fields, line items, which extractor produced
 * them, the cascade's attempts, and notes for a reviewer (why something was left out).
 */
public record Extraction(String extractor, Map<String, ExtractedField> fields, List<Item> items,
                         List<TierAttempt> attempts, List<String> notes) {

    public Extraction {
        fields = Map.copyOf(fields);
        items = List.copyOf(items);
        attempts = List.copyOf(attempts);
        notes = List.copyOf(notes);
    }

    /** Nothing extracted, with the reason for the reviewer. */
    public static Extraction none(String extractor, String note) {
        return new Extraction(extractor, Map.of(), List.of(), List.of(), List.of(note));
    }

    public String value(String field) {
        ExtractedField f = fields.get(field);
        return f == null ? null : f.value();
    }

    public List<Item> items(String kind) {
        return items.stream().filter(i -> i.kind().equals(kind)).toList();
    }
}
