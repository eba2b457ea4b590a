package io.taxstream.processors.classify;

import io.taxstream.avro.DocType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The evidence table of one class: a contract document type, or a near miss (a document that looks
 * like one but is not, such as Form 26AS or a GST invoice) that competes with the types and, when
 * it wins, makes the verdict UNKNOWN.
 *
 * @param label a name for logs and tests, e.g. {@code FORM_16} or {@code gst_invoice}
 * @param type  the contract type, or empty for a near miss
 * @param cues  weighted phrases
 */
record Evidence(String label, Optional<DocType> type, List<Cue> cues) {

    Evidence {
        cues = List.copyOf(cues);
    }

    /** Starts the table of a contract type. */
    static Builder of(DocType type) {
        return new Builder(type.name(), Optional.of(type));
    }

    /** Starts the table of a near miss. */
    static Builder nearMiss(String label) {
        return new Builder(label, Optional.empty());
    }

    /** Collects cues; phrases sharing a weight are listed together. */
    static final class Builder {
        private final String label;
        private final Optional<DocType> type;
        private final List<Cue> cues = new ArrayList<>();

        private Builder(String label, Optional<DocType> type) {
            this.label = label;
            this.type = type;
        }

        Builder cue(double weight, String... phrases) {
            for (String phrase : phrases) {
                cues.add(Cue.of(phrase, weight));
            }
            return this;
        }

        Evidence build() {
            return new Evidence(label, type, cues);
        }
    }
}
