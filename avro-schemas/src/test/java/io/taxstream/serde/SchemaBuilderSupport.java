package io.taxstream.serde;

import org.apache.avro.Schema;

/** Schemas written by hand for evolution tests. */
final class SchemaBuilderSupport {

    /** ModelStats as it might have been first released: fewer fields, fewer document types. */
    static final Schema OLD_MODEL_STATS = new Schema.Parser().parse("""
        {"type": "record", "name": "ModelStats", "namespace": "io.taxstream.avro", "fields": [
          {"name": "doc_type", "type": {"type": "enum", "name": "DocType", "symbols": ["FORM_16", "PAYSLIP", "UNKNOWN"]}},
          {"name": "extractor", "type": "string"},
          {"name": "fields_checked", "type": "long"}
        ]}""");

    private SchemaBuilderSupport() {
    }
}
