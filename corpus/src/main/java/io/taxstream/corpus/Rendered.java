package io.taxstream.corpus;

import java.util.Map;
import java.util.Optional;

/**
 * A drawn document before it is named.
 *
 * @param content     bytes
 * @param contentType MIME type
 * @param truth       truth in the contract's shape
 * @param password    password given to the caller, if the document is encrypted
 * @param hints       facts for password derivation
 */
public record Rendered(byte[] content, String contentType, Map<String, Object> truth, Optional<String> password,
        Map<String, String> hints) {

    public static final String PDF = "application/pdf";
    public static final String TEXT = "text/plain";
    public static final String BINARY = "application/octet-stream";

    public static Rendered pdf(byte[] content, Map<String, Object> truth) {
        return new Rendered(content, PDF, truth, Optional.empty(), Map.of());
    }

    public static Rendered text(String content, Map<String, Object> truth) {
        return new Rendered(content.getBytes(java.nio.charset.StandardCharsets.UTF_8), TEXT, truth,
                Optional.empty(), Map.of());
    }
}
