package io.taxstream.processors.model;

import java.util.List;

/**
 * The text layer of a document: what every later stage works from. Never holds the original bytes
 * or the password.
 *
 * @param contentType the media type the document was read as
 * @param pages       pages with positioned words
 * @param encrypted   whether the original was password-protected (its results are not cached,
 *                    so they are never served to a submitter who lacks the password)
 */
public record Document(String contentType, List<Page> pages, boolean encrypted) {

    public Document {
        pages = List.copyOf(pages);
    }

    public Document(String contentType, List<Page> pages) {
        this(contentType, pages, false);
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
