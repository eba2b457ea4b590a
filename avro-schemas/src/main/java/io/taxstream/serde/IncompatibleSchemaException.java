package io.taxstream.serde;

import java.util.List;

/** A schema was rejected because it is incompatible with the subject's earlier versions. */
public class IncompatibleSchemaException extends SchemaRegistryException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> incompatibilities;

    /** Creates the exception for a subject with the incompatibilities found (may be empty when unknown). */
    public IncompatibleSchemaException(final String subject, final List<String> incompatibilities) {
        this(subject, incompatibilities, "Schema being registered is incompatible with an earlier schema for subject '"
            + subject + "'" + (incompatibilities.isEmpty() ? "" : ": " + String.join("; ", incompatibilities)));
    }

    /** Creates the exception with a message of its own (as a remote registry worded it). */
    public IncompatibleSchemaException(final String subject, final List<String> incompatibilities,
            final String message) {
        super(INCOMPATIBLE_SCHEMA, message);
        this.incompatibilities = List.copyOf(incompatibilities);
    }

    /** What makes the schema incompatible, one line each. */
    public List<String> incompatibilities() {
        return incompatibilities;
    }
}
