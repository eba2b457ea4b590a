package io.taxstream.processors.cascade;

import io.taxstream.avro.DocType;
import io.taxstream.processors.extract.ExtractedField;
import io.taxstream.processors.extract.Extraction;
import io.taxstream.processors.extract.Item;
import io.taxstream.processors.extract.TierAttempt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the tiers' extractions of one document field by field. Where tiers agree, or only one
 * has a field, that value stands; where they disagree, the value with which the fewest
 * validation rules fail wins, and on a tie the tier asked first. Line items come whole from one
 * tier, chosen the same way. The extractor names every tier that contributed, e.g.
 * {@code ollama:phi3:mini+rules}.
 */
public final class FieldMerger {

    private final Acceptance acceptance;

    public FieldMerger(Acceptance acceptance) {
        this.acceptance = acceptance;
    }

    /**
     * @param sources  the tiers' extractions, first asked first (at least one)
     * @param attempts every attempt of the cascade, in order
     * @param notes    the cascade's own notes for the reviewer
     */
    public Extraction merge(DocType type, List<Extraction> sources, List<TierAttempt> attempts, List<String> notes) {
        Map<String, ExtractedField> fields = new LinkedHashMap<>();
        Map<String, Extraction> owner = new LinkedHashMap<>();
        for (Extraction source : sources) {
            for (Map.Entry<String, ExtractedField> e : source.fields().entrySet()) {
                ExtractedField current = fields.get(e.getKey());
                if (current == null) {
                    fields.put(e.getKey(), e.getValue());
                    owner.put(e.getKey(), source);
                } else if (!current.value().equals(e.getValue().value())
                        && better(type, fields, sources, e.getKey(), e.getValue(), current)) {
                    fields.put(e.getKey(), e.getValue());
                    owner.put(e.getKey(), source);
                }
            }
        }
        List<Item> items = items(type, fields, sources);
        Set<String> sections = new LinkedHashSet<>();
        Set<String> extractors = new LinkedHashSet<>();
        List<String> allNotes = new ArrayList<>(notes);
        for (Extraction source : sources) {
            boolean contributed = owner.containsValue(source) || !items.isEmpty() && source.items().equals(items);
            if (contributed) {
                sections.addAll(source.sections());
                extractors.add(source.extractor());
                allNotes.addAll(source.notes());
            }
        }
        if (extractors.isEmpty()) {
            sources.forEach(s -> allNotes.addAll(s.notes()));
            extractors.add(sources.get(0).extractor());
        }
        return new Extraction(String.join("+", extractors), fields, items, sections, attempts,
                List.copyOf(new LinkedHashSet<>(allNotes)));
    }

    private boolean better(DocType type, Map<String, ExtractedField> fields, List<Extraction> sources, String name,
                           ExtractedField candidate, ExtractedField current) {
        List<Item> items = sources.stream().map(Extraction::items).filter(i -> !i.isEmpty()).findFirst().orElse(List.of());
        return errorsWith(type, fields, items, name, candidate) < errorsWith(type, fields, items, name, current);
    }

    private int errorsWith(DocType type, Map<String, ExtractedField> fields, List<Item> items, String name,
                           ExtractedField value) {
        Map<String, ExtractedField> trial = new LinkedHashMap<>(fields);
        trial.put(name, value);
        return acceptance.errors(type, new Extraction("merge", trial, items, Set.of(), List.of(), List.of()));
    }

    private List<Item> items(DocType type, Map<String, ExtractedField> fields, List<Extraction> sources) {
        List<Item> best = List.of();
        int bestErrors = Integer.MAX_VALUE;
        for (Extraction source : sources) {
            if (source.items().isEmpty()) {
                continue;
            }
            int errors = acceptance.errors(type, new Extraction("merge", fields, source.items(), Set.of(), List.of(), List.of()));
            if (errors < bestErrors) {
                best = source.items();
                bestErrors = errors;
            }
        }
        return best;
    }
}
