package io.taxstream.processors.classify;

import io.taxstream.avro.DocType;

/**
 * A classifier's verdict.
 *
 * @param type       the document type
 * @param confidence calibrated confidence in [0, 1]
 * @param classifier the tier that decided, e.g. {@code keywords}
 */
public record Classification(DocType type, double confidence, String classifier) {

    public Classification {
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
        }
    }

    public static Classification unknown(String classifier) {
        return new Classification(DocType.UNKNOWN, 0.0, classifier);
    }
}
