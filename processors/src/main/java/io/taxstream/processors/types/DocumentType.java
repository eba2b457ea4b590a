package io.taxstream.processors.types;

import io.taxstream.avro.DocType;
import io.taxstream.processors.contract.ContractFields;
import io.taxstream.processors.contract.FieldSpec;
import io.taxstream.processors.rules.Draft;
import io.taxstream.processors.rules.FieldRule;
import io.taxstream.processors.rules.SectionRule;
import io.taxstream.processors.rules.TableRule;
import io.taxstream.processors.validate.Rule;
import java.util.List;

/**
 * Everything the platform knows about one document type, in one place: its contract fields, its
 * validation rules and the LLM context it needs. Extraction knowledge (labels, synonyms, tables)
 * hangs off the same description.
 */
public interface DocumentType {

    DocType type();

    /** The contract's fields of this type. */
    default List<FieldSpec> fields() {
        return ContractFields.of(type());
    }

    /** The contract's validation rules for this type, and any stricter ones of ours. */
    List<Rule> rules();

    /** Default LLM context size in tokens for a document of this type. */
    int contextTokens();

    /** Named parts of the document (e.g. Part A and Part B of a Form 16) that field rules may be confined to. */
    default List<SectionRule> sections() {
        return List.of();
    }

    /** How each field is found: labels, value kinds, positions. */
    default List<FieldRule> fieldRules() {
        return List.of();
    }

    /**
     * Labels of things this type prints that the contract does not ask for ("Designation",
     * "Date of Joining"): a value never runs into one, and one is never taken for a value.
     */
    default List<String> otherLabels() {
        return List.of();
    }

    /** The tables that hold this type's line items. */
    default List<TableRule> tables() {
        return List.of();
    }

    /** Type-specific completion after the general rules: derived fields, items into fields, sections present. */
    default void complete(Draft draft) {
    }
}
