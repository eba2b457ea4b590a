package io.taxstream.topology;

import io.taxstream.avro.DocType;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an instance runs: the router (raw → prepare → classify → per-type topics) and/or the
 * specialists of some types, and how the specialists work.
 *
 * @param router            whether this instance reads documents.raw
 * @param specialistTypes   the types whose specialists run here
 * @param maxInFlight       documents a specialist task holds in flight
 * @param timeoutMillis     longest a specialist may spend on one document
 * @param pipelineVersion   part of the result-cache key
 */
public record TopologyOptions(boolean router, Set<DocType> specialistTypes, int maxInFlight, long timeoutMillis,
                              String pipelineVersion) {

    public TopologyOptions {
        specialistTypes = specialistTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(specialistTypes));
        if (!router && specialistTypes.isEmpty()) {
            throw new IllegalArgumentException("an instance must run the router or at least one specialist");
        }
    }

    /** Everything in one instance. */
    public static TopologyOptions all(int maxInFlight, long timeoutMillis, String pipelineVersion) {
        return new TopologyOptions(true, EnumSet.allOf(DocType.class), maxInFlight, timeoutMillis, pipelineVersion);
    }
}
