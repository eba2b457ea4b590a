package io.taxstream.corpus.bad;

import io.taxstream.corpus.util.Truth;
import java.util.Map;

/** The ways an upload can be unreadable, and the truth such a document carries. */
enum BadKind {
    TRUNCATED, EMPTY, RANDOM_BYTES, PNG_IMAGE, LOCKED_WITHOUT_PASSWORD, IMAGE_ONLY;

    /**
     * UNKNOWN with no fields, plus {@code expected_status} FAILED and the reason: the platform must
     * fail such input with a reason (an image-only PDF may instead go to review, having no text).
     */
    Map<String, Object> truth() {
        Map<String, Object> t = Truth.unknown();
        t.put("expected_status", this == IMAGE_ONLY ? "FAILED_OR_NEEDS_REVIEW" : "FAILED");
        t.put("failure", name());
        return t;
    }
}
