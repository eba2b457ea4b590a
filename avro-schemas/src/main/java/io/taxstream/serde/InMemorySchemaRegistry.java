package io.taxstream.serde;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.avro.Schema;

/**
 * A schema registry held in memory, with the semantics of Confluent Schema Registry: registry-wide
 * increasing ids from 1, per-subject versions from 1, the same schema always gets the same id, and
 * registrations are checked against the subject's {@link CompatibilityLevel} (BACKWARD by default).
 *
 * <p>It serves unit tests directly and is the core of the embedded registry server, which passes a
 * {@link Journal} to persist each change before it is applied and replays stored changes with
 * {@link #load(RegisteredSchema)} and {@link #loadCompatibility(String, CompatibilityLevel)}.
 * All methods are synchronized: registrations are rare and must be serialized anyway.
 */
public final class InMemorySchemaRegistry implements SchemaRegistryClient {

    /** Receives every change before it is applied; a change whose journal write throws is not applied. */
    public interface Journal {
        /** A journal that keeps nothing. */
        Journal NONE = new Journal() {
            @Override
            public void schemaRegistered(final RegisteredSchema registration) {
            }

            @Override
            public void compatibilitySet(final String subject, final CompatibilityLevel level) {
            }
        };

        /** Persists a new registration. */
        void schemaRegistered(RegisteredSchema registration);

        /** Persists a compatibility level; subject null for the global default. */
        void compatibilitySet(String subject, CompatibilityLevel level);
    }

    private final Journal journal;
    private final Map<Integer, Schema> schemasById = new HashMap<>();
    private final Map<String, Integer> idsBySchemaText = new HashMap<>();
    private final Map<String, List<RegisteredSchema>> subjects = new TreeMap<>();
    private final Map<String, CompatibilityLevel> levels = new HashMap<>();
    private CompatibilityLevel defaultLevel = CompatibilityLevel.BACKWARD;
    private int maxId;

    /** Creates an empty registry that keeps nothing beyond memory. */
    public InMemorySchemaRegistry() {
        this(Journal.NONE);
    }

    /** Creates an empty registry that writes every change to a journal first. */
    public InMemorySchemaRegistry(final Journal journal) {
        this.journal = Objects.requireNonNull(journal, "journal");
    }

    @Override
    public synchronized int register(final String subject, final Schema schema) {
        requireSubject(subject);
        Objects.requireNonNull(schema, "schema");
        final Optional<RegisteredSchema> existing = lookup(subject, schema);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        final List<String> problems = incompatibilities(subject, schema);
        if (!problems.isEmpty()) {
            throw new IncompatibleSchemaException(subject, problems);
        }
        final List<RegisteredSchema> history = subjects.getOrDefault(subject, List.of());
        final int version = history.isEmpty() ? 1 : history.get(history.size() - 1).version() + 1;
        final int id = idsBySchemaText.getOrDefault(schema.toString(), maxId + 1);
        final RegisteredSchema registration = new RegisteredSchema(subject, version, id, schema);
        journal.schemaRegistered(registration);
        load(registration);
        return id;
    }

    /**
     * Applies a stored registration as it is (replay): no compatibility check, no journal write.
     * Loading the same registration twice is harmless.
     *
     * @throws SchemaRegistryException when the id is already taken by another schema
     */
    public synchronized void load(final RegisteredSchema registration) {
        final String text = registration.schema().toString();
        final Schema known = schemasById.get(registration.id());
        if (known != null && !known.toString().equals(text)) {
            throw new SchemaRegistryException(SchemaRegistryException.STORE_ERROR, "Schema id "
                + registration.id() + " of subject '" + registration.subject() + "' is taken by another schema");
        }
        schemasById.put(registration.id(), registration.schema());
        idsBySchemaText.putIfAbsent(text, registration.id());
        maxId = Math.max(maxId, registration.id());
        final List<RegisteredSchema> history = subjects.computeIfAbsent(registration.subject(),
            s -> new ArrayList<>());
        history.removeIf(r -> r.version() == registration.version());
        history.add(registration);
        history.sort((a, b) -> Integer.compare(a.version(), b.version()));
    }

    /** Applies a stored compatibility level (replay); subject null for the global default. */
    public synchronized void loadCompatibility(final String subject, final CompatibilityLevel level) {
        Objects.requireNonNull(level, "level");
        if (subject == null) {
            defaultLevel = level;
        } else {
            levels.put(subject, level);
        }
    }

    /** Sets a compatibility level (journal first); subject null for the global default. */
    public synchronized void setCompatibility(final String subject, final CompatibilityLevel level) {
        journal.compatibilitySet(subject, level);
        loadCompatibility(subject, level);
    }

    /** The level in force for a subject: its own, or the global default (subject null). */
    public synchronized CompatibilityLevel compatibility(final String subject) {
        return subject == null ? defaultLevel : levels.getOrDefault(subject, defaultLevel);
    }

    /** The registration of this exact schema under a subject, if any. */
    public synchronized Optional<RegisteredSchema> lookup(final String subject, final Schema schema) {
        final String text = schema.toString();
        return subjects.getOrDefault(subject, List.of()).stream()
            .filter(r -> r.schema().toString().equals(text))
            .findFirst();
    }

    /** Why a schema may not be registered under a subject now; empty when it may. */
    public synchronized List<String> incompatibilities(final String subject, final Schema schema) {
        final List<Schema> history = subjects.getOrDefault(subject, List.of()).stream()
            .map(RegisteredSchema::schema).toList();
        return compatibility(subject).incompatibilities(schema, history);
    }

    /** The subjects with at least one version, sorted. */
    public synchronized List<String> subjects() {
        return List.copyOf(subjects.keySet());
    }

    @Override
    public synchronized Schema getById(final int id) {
        final Schema schema = schemasById.get(id);
        if (schema == null) {
            throw new SchemaRegistryException(SchemaRegistryException.SCHEMA_NOT_FOUND,
                "Schema " + id + " not found.");
        }
        return schema;
    }

    @Override
    public synchronized List<Integer> versions(final String subject) {
        return history(subject).stream().map(RegisteredSchema::version).toList();
    }

    @Override
    public synchronized RegisteredSchema latest(final String subject) {
        final List<RegisteredSchema> history = history(subject);
        return history.get(history.size() - 1);
    }

    @Override
    public synchronized RegisteredSchema version(final String subject, final int version) {
        return history(subject).stream().filter(r -> r.version() == version).findFirst()
            .orElseThrow(() -> new SchemaRegistryException(SchemaRegistryException.VERSION_NOT_FOUND,
                "Version " + version + " not found."));
    }

    @Override
    public synchronized boolean isCompatible(final String subject, final Schema schema) {
        return incompatibilities(subject, schema).isEmpty();
    }

    private List<RegisteredSchema> history(final String subject) {
        final List<RegisteredSchema> history = subjects.get(subject);
        if (history == null || history.isEmpty()) {
            throw new SchemaRegistryException(SchemaRegistryException.SUBJECT_NOT_FOUND,
                "Subject '" + subject + "' not found.");
        }
        return history;
    }

    private static void requireSubject(final String subject) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A subject must not be blank");
        }
    }
}
