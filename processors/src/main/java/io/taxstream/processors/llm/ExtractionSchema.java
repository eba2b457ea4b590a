package io.taxstream.processors.llm;

import io.taxstream.avro.DocType;
import io.taxstream.processors.contract.ContractFields;
import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.contract.FieldSpec;
import io.taxstream.processors.types.DocumentTypes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON schema a model's answer must follow, generated from the same type description the
 * rules engine and the validator use ({@link DocumentTypes#of}{@code .fields()} and the
 * contract's line items): one property per contract field, and an array of the type's line
 * items. No property is required, so that a model can leave out what the document does not say.
 * Values are strings copied as printed; the grounding guard normalises them.
 */
public final class ExtractionSchema {

    /** The symbols of the contract's enumerated line-item values (the contract's field tables name them). */
    private static final Map<String, List<String>> ITEM_SYMBOLS = Map.of(
            "quarter", List.of("Q1", "Q2", "Q3", "Q4"),
            "type", List.of("EARNING", "DEDUCTION"),
            "term", List.of("SHORT", "LONG"));

    private ExtractionSchema() {
    }

    /** The schema of a type's answer. */
    public static Map<String, Object> of(DocType type) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (FieldSpec f : DocumentTypes.of(type).fields()) {
            properties.put(f.name(), property(f.kind(), f.symbols()));
        }
        Optional<String> itemKind = ContractFields.itemKind(type);
        itemKind.ifPresent(kind -> properties.put(kind, items(kind)));
        return object(properties);
    }

    private static Map<String, Object> items(String kind) {
        Map<String, Object> properties = new LinkedHashMap<>();
        ContractFields.itemValueKinds(kind).forEach((name, valueKind) ->
                properties.put(name, property(valueKind, ITEM_SYMBOLS.getOrDefault(name, List.of()))));
        Map<String, Object> array = new LinkedHashMap<>();
        array.put("type", "array");
        array.put("items", object(properties));
        return array;
    }

    private static Map<String, Object> object(Map<String, Object> properties) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        return schema;
    }

    private static Map<String, Object> property(FieldKind kind, List<String> symbols) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "string");
        if (kind == FieldKind.ENUM && !symbols.isEmpty()) {
            p.put("enum", symbols);
        }
        p.put("description", hint(kind));
        return p;
    }

    /** How a value of a kind should be written in the answer: as printed, so that it can be found in the document. */
    static String hint(FieldKind kind) {
        return switch (kind) {
            case AMOUNT -> "amount exactly as printed, e.g. 1,23,456.00";
            case BALANCE -> "balance as printed, with Dr or Cr when printed";
            case DATE -> "date as printed";
            case MONTH -> "month and year as printed";
            case FINANCIAL_YEAR -> "financial year as printed, e.g. 2023-24";
            case ASSESSMENT_YEAR -> "assessment year as printed, e.g. 2024-25";
            case PAN -> "10-character PAN as printed";
            case TAN -> "10-character TAN as printed";
            case IFSC -> "11-character IFSC as printed";
            case ACCOUNT_NUMBER -> "account number as printed, masking kept";
            case NAME -> "name as printed";
            case TEXT -> "text as printed";
            case ENUM -> "one of the listed words";
            case NUMBER -> "number as printed";
        };
    }
}
