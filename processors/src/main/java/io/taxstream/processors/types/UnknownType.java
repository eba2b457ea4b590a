package io.taxstream.processors.types;

import io.taxstream.avro.DocType;
import io.taxstream.processors.validate.Rule;
import java.util.List;

/** UNKNOWN: anything else; it goes to manual review. */
final class UnknownType implements DocumentType {

    @Override
    public DocType type() {
        return DocType.UNKNOWN;
    }

    @Override
    public List<Rule> rules() {
        return List.of();
    }

    @Override
    public int contextTokens() {
        return 2048;
    }
}
