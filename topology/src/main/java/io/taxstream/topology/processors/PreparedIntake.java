package io.taxstream.topology.processors;

import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.RawDocument;
import io.taxstream.processors.model.Document;
import io.taxstream.processors.pipeline.DocumentMeta;

/**
 * A document after the prepare stage: its text layer, or the FAILED result saying why it could
 * not be read.
 *
 * @param raw      the submission (for its submitter, priority and metadata)
 * @param meta     identity and hints
 * @param cacheKey result-cache key
 * @param document the text layer, or null when {@code failure} is set
 * @param failure  the FAILED result, or null
 * @param millis   time spent preparing
 */
public record PreparedIntake(RawDocument raw, DocumentMeta meta, String cacheKey, Document document,
                             ExtractionResult failure, long millis) {

    public boolean failed() {
        return failure != null;
    }

    @Override
    public String toString() {
        return "PreparedIntake[" + meta.documentId() + (failed() ? ", failed" : ", " + document.pageCount() + " pages") + "]";
    }
}
