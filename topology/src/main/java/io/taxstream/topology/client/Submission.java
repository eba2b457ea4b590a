package io.taxstream.topology.client;

import java.util.Map;
import java.util.Optional;

/**
 * A document to put on documents.raw.
 *
 * @param documentId  the id results will carry (the sha256 when the caller has none)
 * @param source      file name or URI
 * @param content     the original bytes
 * @param contentType declared media type
 * @param password    travels in a header, never in the record
 * @param hints       metadata hints (pan, name, dob ...)
 * @param submitter   who submitted it, if known
 * @param priority    higher first where it matters
 */
public record Submission(String documentId, String source, byte[] content, String contentType, Optional<String> password,
                         Map<String, String> hints, String submitter, int priority) {

    public Submission {
        hints = Map.copyOf(hints);
    }

    /** Never prints the bytes or the password. */
    @Override
    public String toString() {
        return "Submission[" + documentId + ", " + source + ", " + content.length + " bytes]";
    }

    /** The media type by the content's first bytes: PDFs say so; anything else is offered as text. */
    public static String sniffContentType(byte[] content) {
        int limit = Math.min(content.length, 1024);
        for (int i = 0; i + 4 < limit; i++) {
            if (content[i] == '%' && content[i + 1] == 'P' && content[i + 2] == 'D' && content[i + 3] == 'F' && content[i + 4] == '-') {
                return "application/pdf";
            }
        }
        return "text/plain";
    }
}
