package io.taxstream.serde;

import java.util.List;
import org.apache.avro.Schema;

/**
 * A schema registry with the semantics of Confluent Schema Registry: schemas are registered under
 * subjects ({@code <topic>-value}, {@code <topic>-key}), each registration gets a version within its
 * subject, and every distinct schema gets one registry-wide id.
 *
 * <p>Implementations are thread-safe. Failures are {@link SchemaRegistryException}s that carry the
 * registry's error code ({@link SchemaRegistryException#SUBJECT_NOT_FOUND} ...).
 */
public interface SchemaRegistryClient {

    /**
     * Registers a schema under a subject, or finds its existing registration.
     *
     * @return the schema's id; the same schema always gets the same id
     * @throws IncompatibleSchemaException when the subject's compatibility level rejects the schema
     */
    int register(String subject, Schema schema);

    /**
     * Returns the schema with an id.
     *
     * @throws SchemaRegistryException with {@link SchemaRegistryException#SCHEMA_NOT_FOUND} when no
     *     schema has that id
     */
    Schema getById(int id);

    /**
     * Returns the versions registered under a subject, ascending.
     *
     * @throws SchemaRegistryException with {@link SchemaRegistryException#SUBJECT_NOT_FOUND}
     */
    List<Integer> versions(String subject);

    /**
     * Returns the latest registration of a subject.
     *
     * @throws SchemaRegistryException with {@link SchemaRegistryException#SUBJECT_NOT_FOUND}
     */
    RegisteredSchema latest(String subject);

    /**
     * Returns one version of a subject.
     *
     * @throws SchemaRegistryException with {@link SchemaRegistryException#SUBJECT_NOT_FOUND} or
     *     {@link SchemaRegistryException#VERSION_NOT_FOUND}
     */
    RegisteredSchema version(String subject, int version);

    /**
     * Tells whether a schema could be registered under a subject: checked against the latest version
     * with the subject's compatibility level; true when the subject does not exist.
     */
    boolean isCompatible(String subject, Schema schema);
}
