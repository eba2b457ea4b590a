package io.taxstream.processors.types;

import io.taxstream.avro.DocType;
import io.taxstream.processors.contract.ContractFields;
import io.taxstream.processors.contract.FieldSpec;
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
}
