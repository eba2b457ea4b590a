package io.taxstream.processors.pipeline;

import java.time.Instant;
import java.util.Map;

/**
 * What is known of a document apart from its content: who sent it and when.
 *
 * @param documentId  caller-supplied id, or the sha256
 * @param source      file name or URI
 * @param sha256      hex digest of the original bytes
 * @param submittedAt when it was submitted
 * @param hints       producer metadata (never logged)
 */
public record DocumentMeta(String documentId, String source, String sha256, Instant submittedAt,
                           Map<String, String> hints) {

    public DocumentMeta {
        hints = Map.copyOf(hints);
    }
}
