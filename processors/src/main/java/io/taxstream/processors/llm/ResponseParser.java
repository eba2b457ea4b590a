package io.taxstream.processors.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taxstream.avro.DocType;
import io.taxstream.processors.contract.ContractFields;
import io.taxstream.processors.contract.FieldSpec;
import io.taxstream.processors.llm.LlmException.Kind;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a model's JSON answer into an {@link LlmAnswer}: contract fields by name, the type's line
 * items, nothing else. Anything that is not a JSON object, or longer than the bound, is invalid
 * output; values that are not strings or numbers are ignored.
 */
public final class ResponseParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ITEMS = 2_000;

    private final int maxChars;

    public ResponseParser(int maxChars) {
        this.maxChars = maxChars;
    }

    public LlmAnswer parse(DocType type, String model, String text) throws LlmException {
        if (text == null || text.isBlank()) {
            throw new LlmException(Kind.INVALID_OUTPUT, model, "empty answer");
        }
        if (text.length() > maxChars) {
            throw new LlmException(Kind.INVALID_OUTPUT, model, "answer longer than " + maxChars + " characters");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new LlmException(Kind.INVALID_OUTPUT, model, "answer is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new LlmException(Kind.INVALID_OUTPUT, model, "answer is not a JSON object");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldSpec f : ContractFields.of(type)) {
            String value = scalar(root.get(f.name()));
            if (value != null) {
                fields.put(f.name(), value);
            }
        }
        List<Map<String, String>> items = new ArrayList<>();
        ContractFields.itemKind(type).ifPresent(kind -> {
            JsonNode array = root.has(kind) ? root.get(kind) : root.get("line_items");
            if (array != null && array.isArray()) {
                Iterator<JsonNode> it = array.elements();
                while (it.hasNext() && items.size() < MAX_ITEMS) {
                    Map<String, String> item = item(it.next(), ContractFields.itemValueKinds(kind).keySet());
                    if (!item.isEmpty()) {
                        items.add(item);
                    }
                }
            }
        });
        return new LlmAnswer(fields, items);
    }

    private static Map<String, String> item(JsonNode node, Iterable<String> names) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            for (String name : names) {
                String value = scalar(node.get(name));
                if (value != null) {
                    out.put(name, value);
                }
            }
        }
        return out;
    }

    private static String scalar(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String text = node.isNumber() ? node.decimalValue().toPlainString() : node.asText();
        return text == null || text.isBlank() ? null : text;
    }
}
