package io.taxstream.dashboard.access;

import io.taxstream.processors.config.ConfigException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The configured API tokens. A presented token is compared with every configured one in constant
 * time: both sides are hashed first, so neither the content nor the length of a token shows in the
 * time a comparison takes, and the loop never stops early. Tokens are kept only as digests.
 */
public final class ApiTokens {

    private static final int MIN_LENGTH = 16;

    private final List<Entry> entries;

    private record Entry(String name, byte[] digest) {
    }

    private ApiTokens(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** No tokens: the upload API is closed and reading needs an open network. */
    public static ApiTokens none() {
        return new ApiTokens(List.of());
    }

    /**
     * Parses {@code name=token,token2,...}; an unnamed token is called {@code api}. Tokens shorter
     * than 16 characters are refused, naming the key but never printing the token.
     */
    public static ApiTokens parse(String key, String value) {
        List<Entry> entries = new ArrayList<>();
        int position = 0;
        for (String item : value.split(",")) {
            position++;
            String trimmed = item.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            String name = eq > 0 ? trimmed.substring(0, eq).trim() : "api";
            String token = eq > 0 ? trimmed.substring(eq + 1).trim() : trimmed;
            if (token.length() < MIN_LENGTH) {
                throw new ConfigException(key, "token " + position + " is shorter than " + MIN_LENGTH + " characters");
            }
            entries.add(new Entry(name, digest(token)));
        }
        return new ApiTokens(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The name of the token presented, if it is one of ours. */
    public Optional<String> match(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        byte[] candidate = digest(presented);
        String matched = null;
        for (Entry e : entries) {
            if (MessageDigest.isEqual(e.digest(), candidate) && matched == null) {
                matched = e.name();
            }
        }
        return Optional.ofNullable(matched);
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "ApiTokens[" + entries.size() + " configured]";
    }
}
