package io.taxstream.processors.classify;

import io.taxstream.processors.model.Document;

/** Decides a document's type. */
public interface Classifier {

    Classification classify(Document document);
}
