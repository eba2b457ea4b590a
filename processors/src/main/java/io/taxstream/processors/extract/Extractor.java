package io.taxstream.processors.extract;

import io.taxstream.avro.DocType;
import io.taxstream.processors.model.Document;

/** Finds the contract's fields of one document type in a document. */
public interface Extractor {

    /** The document type this extractor understands. */
    DocType type();

    Extraction extract(Document document);
}
