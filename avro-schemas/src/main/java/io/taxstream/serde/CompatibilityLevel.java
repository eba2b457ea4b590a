package io.taxstream.serde;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * The compatibility levels of Confluent Schema Registry, checked with Avro's
 * {@link SchemaCompatibility}. BACKWARD (the default) means consumers using the new schema can read
 * data written with the previous one; the transitive levels check every earlier version.
 */
public enum CompatibilityLevel {
    NONE(false, false, false),
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true);

    private final boolean backward;
    private final boolean forward;
    private final boolean transitive;

    CompatibilityLevel(final boolean backward, final boolean forward, final boolean transitive) {
        this.backward = backward;
        this.forward = forward;
        this.transitive = transitive;
    }

    /**
     * Parses a level name, case-insensitively.
     *
     * @throws SchemaRegistryException with {@link SchemaRegistryException#INVALID_COMPATIBILITY_LEVEL}
     */
    public static CompatibilityLevel parse(final String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new SchemaRegistryException(SchemaRegistryException.INVALID_COMPATIBILITY_LEVEL,
                "Invalid compatibility level '" + name + "'", e);
        }
    }

    /**
     * Lists why a candidate schema may not follow the earlier versions of a subject.
     *
     * @param candidate the schema to register
     * @param history earlier schemas of the subject, oldest first
     * @return one line per incompatibility; empty when the candidate is acceptable
     */
    public List<String> incompatibilities(final Schema candidate, final List<Schema> history) {
        if (history.isEmpty() || this == NONE) {
            return List.of();
        }
        final List<Schema> against = transitive ? history : List.of(history.get(history.size() - 1));
        final List<String> problems = new ArrayList<>();
        for (final Schema earlier : against) {
            if (backward) {
                problems.addAll(check(candidate, earlier, "reading data written with an earlier schema"));
            }
            if (forward) {
                problems.addAll(check(earlier, candidate, "an earlier schema reading new data"));
            }
        }
        return problems;
    }

    private static List<String> check(final Schema reader, final Schema writer, final String direction) {
        final List<String> problems = new ArrayList<>();
        for (final Incompatibility i : SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
                .getResult().getIncompatibilities()) {
            problems.add(direction + ": " + i.getType() + " at " + i.getLocation() + ": " + i.getMessage());
        }
        return problems;
    }
}
