package io.taxstream.processors.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taxstream.avro.Attempt;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.FieldValue;
import io.taxstream.avro.LineItem;
import io.taxstream.avro.ValidationIssue;
import io.taxstream.processors.contract.ContractFields;
import io.taxstream.processors.contract.FieldSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contract's JSON rendering of a result: the contract's keys first and in its order, then the
 * platform's additions ({@code reason}, {@code pipeline_version}, ...). One line per result for
 * JSON Lines output.
 */
public final class ContractJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ContractJson() {
    }

    public static String render(ExtractionResult r) {
        try {
            return MAPPER.writeValueAsString(toTree(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render a result as JSON", e);
        }
    }

    public static ObjectNode toTree(ExtractionResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("document_id", r.getDocumentId());
        root.put("source", r.getSource());
        root.put("sha256", r.getSha256());
        root.put("doc_type", r.getDocType().name());
        root.put("classifier_confidence", r.getClassifierConfidence());
        root.put("status", r.getStatus().name());
        root.set("fields", fields(r));
        root.set("line_items", lineItems(r.getLineItems()));
        root.set("validation", validation(r.getValidation()));
        root.put("extractor", r.getExtractor());
        root.set("attempts", attempts(r.getAttempts()));
        if (r.getReason() != null) {
            root.put("reason", r.getReason());
        }
        root.put("pipeline_version", r.getPipelineVersion());
        root.put("page_count", r.getPageCount());
        if (r.getSubmittedAt() != null) {
            root.put("submitted_at", r.getSubmittedAt().toString());
        }
        if (r.getCompletedAt() != null) {
            root.put("completed_at", r.getCompletedAt().toString());
        }
        root.put("from_cache", r.getFromCache());
        return root;
    }

    private static ObjectNode fields(ExtractionResult r) {
        ObjectNode out = MAPPER.createObjectNode();
        Map<String, FieldValue> fields = r.getFields();
        Set<String> order = new LinkedHashSet<>();
        for (FieldSpec spec : ContractFields.of(r.getDocType())) {
            order.add(spec.name());
        }
        List<String> rest = new ArrayList<>(fields.keySet());
        rest.sort(null);
        order.addAll(rest);
        for (String name : order) {
            FieldValue f = fields.get(name);
            if (f == null) {
                continue;
            }
            ObjectNode node = out.putObject(name);
            node.put("value", f.getValue());
            node.put("confidence", f.getConfidence());
            if (f.getPage() != null) {
                node.put("page", f.getPage());
            }
            if (f.getBox() != null) {
                ArrayNode box = node.putArray("box");
                box.add(round(f.getBox().getX())).add(round(f.getBox().getY()))
                        .add(round(f.getBox().getWidth())).add(round(f.getBox().getHeight()));
            }
        }
        return out;
    }

    private static ArrayNode lineItems(List<LineItem> items) {
        ArrayNode out = MAPPER.createArrayNode();
        for (LineItem item : items) {
            ObjectNode node = out.addObject();
            node.put("kind", item.getKind());
            ObjectNode values = node.putObject("values");
            Set<String> order = new LinkedHashSet<>(ContractFields.itemValueKinds(item.getKind()).keySet());
            order.addAll(new java.util.TreeSet<>(item.getValues().keySet()));
            for (String key : order) {
                String v = item.getValues().get(key);
                if (v != null) {
                    values.put(key, v);
                }
            }
            if (item.getPage() != null) {
                node.put("page", item.getPage());
            }
        }
        return out;
    }

    private static ArrayNode validation(List<ValidationIssue> issues) {
        ArrayNode out = MAPPER.createArrayNode();
        for (ValidationIssue i : issues) {
            out.addObject().put("rule", i.getRule()).put("severity", i.getSeverity().name()).put("message", i.getMessage());
        }
        return out;
    }

    private static ArrayNode attempts(List<Attempt> attempts) {
        ArrayNode out = MAPPER.createArrayNode();
        for (Attempt a : attempts) {
            ObjectNode node = out.addObject();
            node.put("tier", a.getTier());
            if (a.getModel() != null) {
                node.put("model", a.getModel());
            }
            node.put("outcome", a.getOutcome());
            node.put("millis", a.getMillis());
            if (a.getDetail() != null) {
                node.put("detail", a.getDetail());
            }
        }
        return out;
    }

    private static double round(float v) {
        return Math.round(v * 10) / 10.0;
    }
}
