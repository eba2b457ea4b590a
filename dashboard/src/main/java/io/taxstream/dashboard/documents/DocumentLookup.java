package io.taxstream.dashboard.documents;

import java.util.Optional;

/**
 * Finds a document's status and result. Throws {@link io.taxstream.dashboard.access.ApiError}
 * (503) when the answer cannot be known right now, e.g. while the stores rebalance.
 */
@FunctionalInterface
public interface DocumentLookup {

    /** The document, or empty when nothing is known about this id. */
    Optional<DocumentView> find(String id);
}
