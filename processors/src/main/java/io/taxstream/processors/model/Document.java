package io.taxstream.processors.model;

import java.util.List;

/**
 * The text layer of a document: what every later stage works from. Never holds the original bytes
 * or the password.
 *
 * @param contentType the media type the document was read as
 * @param pages       pages with positioned words
 */
public record Document(String contentType, List<Page> pages) {

    public Document {
        pages = List.copyOf(pages);
    }

    public int pageCount() {
        return pages.size();
    }

    public int wordCount() {
        int n = 0;
        for (Page p : pages) {
            n += p.words().size();
        }
        return n;
    }
}
