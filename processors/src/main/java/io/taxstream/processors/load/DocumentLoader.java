package io.taxstream.processors.load;

import io.taxstream.processors.model.Document;

/** Turns bytes into a {@link Document}: text per page and words with positions. */
public interface DocumentLoader {

    /**
     * Reads a document.
     *
     * @throws LoadFailure when the input cannot be read at all, with a reason a user understands
     */
    Document load(DocumentInput input) throws LoadFailure;
}
