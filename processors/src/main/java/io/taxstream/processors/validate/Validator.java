package io.taxstream.processors.validate;

import io.taxstream.avro.DocType;
import io.taxstream.processors.extract.Extraction;
import java.util.List;

/** Checks an extraction against the contract's rules. */
public interface Validator {

    List<Issue> validate(DocType type, Extraction extraction);
}
