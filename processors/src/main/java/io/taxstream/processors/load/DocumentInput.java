package io.taxstream.processors.load;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Bytes to load, with what the producer told us about them.
 *
 * @param content     the original bytes
 * @param contentType the declared media type (may be a guess; the loader sniffs the bytes too)
 * @param password    an explicit password, if the producer gave one
 * @param hints       producer metadata (pan, tan, name, dob ...) from which password candidates are built
 */
public record DocumentInput(byte[] content, String contentType, Optional<String> password, Map<String, String> hints) {

    public DocumentInput {
        hints = Map.copyOf(hints);
        password = password.filter(p -> !p.isEmpty());
    }

    public static DocumentInput of(byte[] content) {
        return new DocumentInput(content, "application/octet-stream", Optional.empty(), Map.of());
    }

    /** Never prints the bytes or the password. */
    @Override
    public String toString() {
        return "DocumentInput[" + content.length + " bytes, " + contentType
                + (password.isPresent() ? ", password given" : "") + ", hints=" + hints.keySet() + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentInput other && Arrays.equals(content, other.content)
                && contentType.equals(other.contentType) && password.equals(other.password) && hints.equals(other.hints);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(content) * 31 + contentType.hashCode();
    }
}
