package io.taxstream.topology.processors;

import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.RawDocument;
import io.taxstream.processors.pipeline.DocumentMeta;

/**
 * A raw document as it enters: its digest, its cache key, the password taken from its header
 * (it lives only in memory between the first nodes and is never written to a topic), and the
 * cached result when there is one.
 */
public record Intake(RawDocument raw, DocumentMeta meta, String cacheKey, String password, ExtractionResult cached) {

    public boolean cacheHit() {
        return cached != null;
    }

    /** Never prints the bytes or the password. */
    @Override
    public String toString() {
        return "Intake[" + meta.documentId() + ", " + raw.getContent().remaining() + " bytes"
                + (password != null ? ", password given" : "") + (cached != null ? ", cached" : "") + "]";
    }
}
