package io.taxstream.processors.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taxstream.avro.DocType;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.FieldValue;
import io.taxstream.avro.LineItem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected extraction of one document, in the contract's JSON shape
 * ({@code doc_type}, {@code fields: {name: {value}}}, {@code line_items: [{kind, values}]}).
 *
 * @param type   the document's true type
 * @param fields field name → expected value
 * @param items  expected line items, each as kind + values
 */
public record Truth(DocType type, Map<String, String> fields, List<ItemValues> items) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A line item's kind and values, the unit items are matched by. */
    public record ItemValues(String kind, Map<String, String> values) {
    }

    public static Truth read(Path file) throws IOException {
        return of(JSON.readTree(file.toFile()));
    }

    public static Truth of(JsonNode root) {
        DocType type = DocType.valueOf(root.path("doc_type").asText("UNKNOWN"));
        Map<String, String> fields = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.path("fields").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue().isObject() ? e.getValue().path("value") : e.getValue();
            if (!v.isMissingNode() && !v.isNull()) {
                fields.put(e.getKey(), v.asText());
            }
        }
        List<ItemValues> items = new ArrayList<>();
        for (JsonNode item : root.path("line_items")) {
            Map<String, String> values = new LinkedHashMap<>();
            item.path("values").fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    values.put(e.getKey(), e.getValue().asText());
                }
            });
            items.add(new ItemValues(item.path("kind").asText(), values));
        }
        return new Truth(type, fields, items);
    }

    /** What a result says, in the same shape. */
    public static Truth of(ExtractionResult r) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, FieldValue> e : r.getFields().entrySet()) {
            fields.put(e.getKey(), e.getValue().getValue());
        }
        List<ItemValues> items = new ArrayList<>();
        for (LineItem i : r.getLineItems()) {
            items.add(new ItemValues(i.getKind(), i.getValues()));
        }
        return new Truth(r.getDocType(), fields, items);
    }
}
