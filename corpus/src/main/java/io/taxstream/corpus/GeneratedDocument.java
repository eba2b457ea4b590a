package io.taxstream.corpus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One generated document with its ground truth.
 *
 * @param fileName    a name that reveals nothing of the type or layout (e.g. {@code scan0042.pdf})
 * @param docType     the contract's doc_type ({@code UNKNOWN} for near-misses and bad input)
 * @param layout      the generator layout that drew it (for coverage reports; never printed)
 * @param content     the document's bytes
 * @param contentType {@code application/pdf}, {@code text/plain} or {@code application/octet-stream}
 * @param truth       the expected extraction in the contract's JSON shape
 * @param password    the password that opens an encrypted document, when the caller is given one
 * @param hints       facts a password-derivation step may use ({@code pan}, {@code name}, {@code dob})
 */
public record GeneratedDocument(String fileName, String docType, String layout, byte[] content, String contentType,
        Map<String, Object> truth, Optional<String> password, Map<String, String> hints) {

    public GeneratedDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(docType, "docType");
        Objects.requireNonNull(content, "content");
        // insertion order is kept (never Map.copyOf): its iteration order varies between JVM runs
        truth = Collections.unmodifiableMap(new LinkedHashMap<>(truth));
        password = password == null ? Optional.empty() : password;
        hints = hints == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(hints));
    }

    /** A copy under another file name. */
    public GeneratedDocument withFileName(String name) {
        return new GeneratedDocument(name, docType, layout, content, contentType, truth, password, hints);
    }

    /** Whether the document is plain text rather than PDF or raw bytes. */
    public boolean isPlainText() {
        return "text/plain".equals(contentType);
    }
}
