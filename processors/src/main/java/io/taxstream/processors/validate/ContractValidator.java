package io.taxstream.processors.validate;

import io.taxstream.avro.DocType;
import io.taxstream.processors.extract.Extraction;
import io.taxstream.processors.types.DocumentTypes;
import java.util.ArrayList;
import java.util.List;

/** Runs the rules of a document type's description. */
public final class ContractValidator implements Validator {

    @Override
    public List<Issue> validate(DocType type, Extraction extraction) {
        List<Issue> issues = new ArrayList<>();
        for (Rule rule : DocumentTypes.of(type).rules()) {
            issues.addAll(rule.check(extraction));
        }
        return issues;
    }
}
