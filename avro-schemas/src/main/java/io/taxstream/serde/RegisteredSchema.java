package io.taxstream.serde;

import java.util.Objects;
import org.apache.avro.Schema;

/**
 * One registration in a schema registry: a schema under a subject, with its global id and its
 * version within the subject.
 *
 * @param subject the subject, e.g. {@code documents.raw-value}
 * @param version the version within the subject, from 1
 * @param id the registry-wide schema id, from 1
 * @param schema the schema
 */
public record RegisteredSchema(String subject, int version, int id, Schema schema) {

    /** Checks the parts: a subject is not blank, version and id are positive. */
    public RegisteredSchema {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(schema, "schema");
        if (subject.isBlank() || version < 1 || id < 1) {
            throw new IllegalArgumentException("Invalid registration of subject '" + subject
                + "': version " + version + ", id " + id);
        }
    }
}
