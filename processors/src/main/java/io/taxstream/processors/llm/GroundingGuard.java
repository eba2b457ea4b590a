package io.taxstream.processors.llm;

import io.taxstream.avro.DocType;
import io.taxstream.processors.contract.ContractFields;
import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.contract.FieldSpec;
import io.taxstream.processors.extract.ExtractedField;
import io.taxstream.processors.extract.Extraction;
import io.taxstream.processors.extract.Item;
import io.taxstream.processors.normalize.Normalizers;
import io.taxstream.processors.types.DocumentTypes;
import io.taxstream.processors.validate.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The defence against hallucination and prompt injection: every value a model gives is
 * normalised to the contract's form and kept only if the document prints it (in any form the
 * contract's normalisation allows, and not on a line that reads as instructions) or a validation
 * rule of the type derives it from grounded values (a total that the document leaves out). An
 * enumerated value is kept when it is one of its field's symbols. Everything else is dropped, and
 * the names of the dropped fields are returned for the record, never the values.
 */
public final class GroundingGuard {

    static final double DIRECT = 0.85;
    static final double DERIVED = 0.75;
    static final double ENUMERATED = 0.6;
    private static final BigDecimal NUDGE = new BigDecimal("1000.00");

    /**
     * A grounded answer.
     *
     * @param fields  the values kept, normalised
     * @param items   line items with their grounded values (an item with none left is dropped)
     * @param dropped names of the fields (and {@code kind.value} of item values) that were dropped
     */
    public record Grounded(Map<String, ExtractedField> fields, List<Item> items, List<String> dropped) {

        public Grounded {
            fields = Map.copyOf(fields);
            items = List.copyOf(items);
            dropped = List.copyOf(dropped);
        }
    }

    public Grounded ground(DocType type, LlmAnswer answer, DocumentEvidence evidence) {
        List<String> dropped = new ArrayList<>();
        Map<String, ExtractedField> kept = new LinkedHashMap<>();
        Map<String, String> unproven = new LinkedHashMap<>();
        for (FieldSpec spec : DocumentTypes.of(type).fields()) {
            String raw = answer.fields().get(spec.name());
            if (raw == null) {
                continue;
            }
            String value = Normalizers.normalize(spec, raw).orElse(null);
            if (value == null) {
                dropped.add(spec.name());
            } else if (spec.kind() == FieldKind.ENUM) {
                kept.put(spec.name(), ExtractedField.of(value, ENUMERATED, 0));
            } else {
                int page = evidence.pageOf(spec.kind(), value);
                if (page > 0) {
                    kept.put(spec.name(), ExtractedField.of(value, DIRECT, page));
                } else {
                    unproven.put(spec.name(), value);
                }
            }
        }
        List<Item> items = items(type, answer, evidence, dropped);
        unproven.forEach((name, value) -> {
            if (derivable(type, name, value, kept, items)) {
                kept.put(name, ExtractedField.of(value, DERIVED, 0));
            } else {
                dropped.add(name);
            }
        });
        countDerived(type, answer, items, kept, dropped);
        return new Grounded(kept, items, dropped);
    }

    private static List<Item> items(DocType type, LlmAnswer answer, DocumentEvidence evidence, List<String> dropped) {
        List<Item> out = new ArrayList<>();
        String kind = ContractFields.itemKind(type).orElse(null);
        if (kind == null) {
            return out;
        }
        Map<String, FieldKind> kinds = ContractFields.itemValueKinds(kind);
        for (Map<String, String> raw : answer.items()) {
            Map<String, String> values = new LinkedHashMap<>();
            int page = 0;
            for (Map.Entry<String, String> e : raw.entrySet()) {
                FieldKind k = kinds.get(e.getKey());
                String value = k == null ? null : Normalizers.normalize(k, e.getValue()).orElse(null);
                int at = value == null ? 0 : k == FieldKind.ENUM ? -1 : evidence.pageOf(k, value);
                if (at != 0) {
                    values.put(e.getKey(), value);
                    page = page == 0 && at > 0 ? at : page;
                } else if (!dropped.contains(kind + "." + e.getKey())) {
                    dropped.add(kind + "." + e.getKey());
                }
            }
            if (values.keySet().stream().anyMatch(k -> kinds.get(k) != FieldKind.ENUM)) {
                out.add(new Item(kind, values, page));
            }
        }
        return out;
    }

    /**
     * Whether a rule of the type fixes the value from grounded ones: it passes with the value and
     * fails with the value moved, so the rule does constrain this field.
     */
    private static boolean derivable(DocType type, String name, String value, Map<String, ExtractedField> kept,
                                     List<Item> items) {
        FieldKind kind = ContractFields.field(type, name).map(FieldSpec::kind).orElse(FieldKind.TEXT);
        if (kind != FieldKind.AMOUNT && kind != FieldKind.BALANCE) {
            return false;
        }
        String moved = new BigDecimal(value).add(NUDGE).toPlainString();
        Extraction with = extraction(kept, items, name, value);
        Extraction withMoved = extraction(kept, items, name, moved);
        for (Rule rule : DocumentTypes.of(type).rules()) {
            if (rule.check(with).isEmpty() && !rule.check(withMoved).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A count of line items (e.g. {@code transaction_count}) is grounded by the grounded items themselves. */
    private static void countDerived(DocType type, LlmAnswer answer, List<Item> items, Map<String, ExtractedField> kept,
                                     List<String> dropped) {
        String raw = answer.fields().get("transaction_count");
        if (type == DocType.BANK_STATEMENT && raw != null && !kept.containsKey("transaction_count")) {
            String value = Normalizers.number(raw).orElse(null);
            if (value != null && value.equals(String.valueOf(items.size())) && !items.isEmpty()) {
                kept.put("transaction_count", ExtractedField.of(value, DERIVED, 0));
                dropped.remove("transaction_count");
            }
        }
    }

    private static Extraction extraction(Map<String, ExtractedField> kept, List<Item> items, String name, String value) {
        Map<String, ExtractedField> fields = new LinkedHashMap<>(kept);
        fields.put(name, ExtractedField.of(value, DERIVED, 0));
        return new Extraction("grounding", fields, items, Set.of(), List.of(), List.of());
    }
}
