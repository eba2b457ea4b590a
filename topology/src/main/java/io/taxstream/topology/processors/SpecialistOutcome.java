package io.taxstream.topology.processors;

import io.taxstream.avro.ClassifiedDocument;
import io.taxstream.processors.extract.Extraction;

/**
 * What a specialist made of a classified document.
 *
 * @param document   the classified document
 * @param extraction its fields, items and cascade attempts
 * @param millis     time from taking the document to finishing it
 */
public record SpecialistOutcome(ClassifiedDocument document, Extraction extraction, long millis) {

    @Override
    public String toString() {
        return "SpecialistOutcome[" + document.getDocumentId() + ", " + extraction.fields().size() + " fields]";
    }
}
