package io.taxstream.processors.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model's answer as parsed, before grounding: raw values by contract field, and line items.
 *
 * @param fields raw values by field name
 * @param items  raw line items, each a map of raw values by the contract's names
 */
public record LlmAnswer(Map<String, String> fields, List<Map<String, String>> items) {

    public LlmAnswer {
        fields = Map.copyOf(fields);
        items = items.stream().map(Map::copyOf).toList();
    }

    /** Answers about parts of one document as one: a field's first value wins (key pages come first), items add up. */
    public static LlmAnswer merge(List<LlmAnswer> parts) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<Map<String, String>> items = new ArrayList<>();
        for (LlmAnswer part : parts) {
            part.fields().forEach(fields::putIfAbsent);
            for (Map<String, String> item : part.items()) {
                if (!items.contains(item)) {
                    items.add(item);
                }
            }
        }
        return new LlmAnswer(fields, items);
    }
}
