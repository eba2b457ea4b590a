package io.taxstream.dashboard.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taxstream.avro.DocType;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.dashboard.SafeText;
import io.taxstream.processors.contract.ContractFields;
import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.contract.FieldSpec;
import io.taxstream.processors.output.ContractJson;
import io.taxstream.processors.validate.Identifiers;
import java.util.Iterator;
import java.util.Map;

/**
 * A result in the contract's JSON shape, made safe to show: PAN fields as {@code ABCDE****F},
 * account numbers as {@code XXXXXXXX1234}, and every name, free text, message and unknown field
 * passed through the redactor, which masks PAN- and account-like tokens wherever they hide.
 * Amounts, dates and other normalised kinds stay as they are.
 */
public final class ResultMasking {

    private ResultMasking() {
    }

    public static ObjectNode mask(ExtractionResult result) {
        ObjectNode tree = ContractJson.toTree(result);
        DocType type = result.getDocType();
        tree.put("document_id", SafeText.id(result.getDocumentId()));
        tree.put("source", SafeText.fileName(result.getSource()));
        maskFields((ObjectNode) tree.get("fields"), type);
        for (JsonNode item : tree.withArray("line_items")) {
            Map<String, FieldKind> kinds = ContractFields.itemValueKinds(item.path("kind").asText());
            ObjectNode values = (ObjectNode) item.get("values");
            for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                e.setValue(values.textNode(value(kinds.get(e.getKey()), e.getValue().asText())));
            }
        }
        for (JsonNode issue : tree.withArray("validation")) {
            ((ObjectNode) issue).put("message", SafeText.text(issue.path("message").asText()));
        }
        for (JsonNode attempt : tree.withArray("attempts")) {
            if (attempt.has("detail")) {
                ((ObjectNode) attempt).put("detail", SafeText.text(attempt.get("detail").asText()));
            }
        }
        if (tree.has("reason")) {
            tree.put("reason", SafeText.text(tree.get("reason").asText()));
        }
        return tree;
    }

    private static void maskFields(ObjectNode fields, DocType type) {
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            FieldKind kind = ContractFields.field(type, e.getKey()).map(FieldSpec::kind).orElse(null);
            ObjectNode field = (ObjectNode) e.getValue();
            field.put("value", value(kind, field.path("value").asText()));
        }
    }

    /** A value of a kind as it may be shown; an unknown kind is treated as free text. */
    static String value(FieldKind kind, String value) {
        if (kind == null) {
            return SafeText.text(value);
        }
        return switch (kind) {
            case PAN -> Identifiers.maskPan(value);
            case ACCOUNT_NUMBER -> Identifiers.maskAccount(value);
            case NAME, TEXT -> SafeText.text(value);
            default -> value;
        };
    }
}
