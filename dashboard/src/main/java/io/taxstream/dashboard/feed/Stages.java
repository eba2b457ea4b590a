package io.taxstream.dashboard.feed;

import io.taxstream.topology.processors.StatusEvents;
import java.util.Set;

/** The stage names the topology emits, and which of them end a document's journey. */
public final class Stages {

    private static final Set<String> KNOWN = Set.of(StatusEvents.RECEIVED, StatusEvents.CACHE_HIT, StatusEvents.PREPARED,
            StatusEvents.CLASSIFIED, StatusEvents.EXTRACTED, StatusEvents.COMPLETED, "failed");
    private static final Set<String> FINAL = Set.of(StatusEvents.COMPLETED, StatusEvents.CACHE_HIT);

    private Stages() {
    }

    /** Whether a document has reached its final state with this stage. */
    public static boolean isFinal(String stage) {
        return FINAL.contains(stage);
    }

    /** The stage if it is one the topology emits, else {@code other} (keeps metric labels bounded). */
    public static String known(String stage) {
        return KNOWN.contains(stage) ? stage : "other";
    }
}
