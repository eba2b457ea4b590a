package io.taxstream.processors.pipeline;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content digests: a document's identity and its result-cache key. */
public final class Hashing {

    private Hashing() {
    }

    public static String sha256Hex(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    public static String sha256Hex(ByteBuffer content) {
        MessageDigest md = digest();
        md.update(content.duplicate());
        return HexFormat.of().formatHex(md.digest());
    }

    /** The result-cache key: the same bytes processed by the same pipeline version give the same result. */
    public static String cacheKey(String sha256, String pipelineVersion) {
        return sha256 + ":" + pipelineVersion;
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
