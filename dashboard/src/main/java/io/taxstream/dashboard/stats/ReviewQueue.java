package io.taxstream.dashboard.stats;

import io.taxstream.avro.ExtractionFeedback;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.dashboard.feed.FeedListener;
import java.util.HashSet;
import java.util.Set;

/**
 * Documents waiting for a reviewer: their latest result went to the review topic, and no feedback
 * (or later extraction) has settled them.
 */
public final class ReviewQueue implements FeedListener {

    private final Set<String> waiting = new HashSet<>();

    @Override
    public synchronized void onResult(ExtractionResult result, boolean review) {
        if (review) {
            waiting.add(result.getDocumentId());
        } else {
            waiting.remove(result.getDocumentId());
        }
    }

    @Override
    public synchronized void onFeedback(ExtractionFeedback feedback) {
        waiting.remove(feedback.getDocumentId());
    }

    public synchronized int size() {
        return waiting.size();
    }
}
