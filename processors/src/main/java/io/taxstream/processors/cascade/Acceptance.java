package io.taxstream.processors.cascade;

import io.taxstream.avro.DocType;
import io.taxstream.processors.contract.ContractFields;
import io.taxstream.processors.extract.Extraction;
import io.taxstream.processors.validate.Issue;
import io.taxstream.processors.validate.Validator;
import java.util.List;

/**
 * The gate that lets a tier's result stand alone: a known type, every required field found
 * (conditional requirements included) and no validation rule of severity ERROR failing.
 */
public final class Acceptance {

    private final Validator validator;

    public Acceptance(Validator validator) {
        this.validator = validator;
    }

    public boolean accepts(DocType type, Extraction extraction) {
        return type != DocType.UNKNOWN && !extraction.fields().isEmpty() && complete(type, extraction)
                && errors(type, extraction) == 0;
    }

    boolean complete(DocType type, Extraction extraction) {
        return ContractFields.missingRequired(type, extraction.fields().keySet(),
                extraction.sections().contains("part_a"), extraction.sections().contains("part_b")).isEmpty();
    }

    /** How many rules of severity ERROR the extraction fails. */
    public int errors(DocType type, Extraction extraction) {
        List<Issue> issues = validator.validate(type, extraction);
        return (int) issues.stream().filter(Issue::isError).count();
    }
}
