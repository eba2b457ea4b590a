package io.taxstream.dashboard.feed;

import io.taxstream.avro.DocumentStatus;
import io.taxstream.avro.ExtractionFeedback;
import io.taxstream.avro.ExtractionResult;

/**
 * Receives the platform's events as the {@link PlatformFeed} reads them, on the feed's thread.
 * Implementations that are read from other threads synchronise themselves.
 */
public interface FeedListener {

    /** A stage event from the document-status topic. */
    default void onStatus(DocumentStatus status) {
    }

    /** A result from the extractions topic, or from the review topic when {@code review}. */
    default void onResult(ExtractionResult result, boolean review) {
    }

    /** A reviewer's verdict from the feedback topic. */
    default void onFeedback(ExtractionFeedback feedback) {
    }
}
