package io.taxstream.corpus.testkit;

import io.taxstream.corpus.GeneratedDocument;
import java.util.List;
import java.util.Map;

/** Reading a generated document's truth: its fields and line items in the contract's shape. */
public final class Truths {

    private Truths() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Map<String, String>> fields(GeneratedDocument d) {
        return (Map<String, Map<String, String>>) d.truth().get("fields");
    }

    /** A field's value, or null when the truth has no such field. */
    public static String field(GeneratedDocument d, String name) {
        Map<String, String> f = fields(d).get(name);
        return f == null ? null : f.get("value");
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> allItems(GeneratedDocument d) {
        return (List<Map<String, Object>>) d.truth().get("line_items");
    }

    /** The values of the items of one kind. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, String>> items(GeneratedDocument d, String kind) {
        return allItems(d).stream().filter(i -> kind.equals(i.get("kind")))
                .map(i -> (Map<String, String>) i.get("values")).toList();
    }
}
