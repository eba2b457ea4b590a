package io.taxstream.corpus.util;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a truth in the contract's JSON shape. Layouts add a field where they print it, so a
 * field is in the truth exactly when the document shows it.
 */
public final class Truth {

    private final String docType;
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final List<Object> items = new ArrayList<>();

    public Truth(String docType) {
        this.docType = docType;
    }

    /** The truth of a document the platform must not recognise as any tax type. */
    public static Map<String, Object> unknown() {
        return new Truth("UNKNOWN").build();
    }

    public Truth text(String name, String value) {
        fields.put(name, Map.of("value", fold(value)));
        return this;
    }

    public Truth amount(String name, BigDecimal value) {
        return text(name, AmountStyle.truth(value));
    }

    public Truth date(String name, LocalDate value) {
        return text(name, DateStyle.truth(value));
    }

    public Truth remove(String name) {
        fields.remove(name);
        return this;
    }

    public boolean has(String name) {
        return fields.containsKey(name);
    }

    /** Adds a line item; the values map keeps its insertion order. */
    public Truth item(String kind, Map<String, String> values) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("kind", kind);
        item.put("values", new LinkedHashMap<>(values));
        items.add(item);
        return this;
    }

    public Map<String, Object> build() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("doc_type", docType);
        out.put("fields", new LinkedHashMap<>(fields));
        out.put("line_items", new ArrayList<>(items));
        return out;
    }

    /** Folds runs of white space to one space and trims, as the contract does for names and text. */
    public static String fold(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
