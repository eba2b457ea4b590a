package io.taxstream.serde;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Configuration of the schema-registry client and serde: every key with its doc and default, defined
 * once and parsed once. Key names follow Confluent's where Confluent has one.
 *
 * @param urls base URLs, tried in order with failover
 * @param userInfo basic-auth {@code user:password}, if any
 * @param requestTimeout timeout of one HTTP request
 * @param maxRetries retries after the first attempt, on connection errors and 5xx answers
 * @param retryBackoff wait before the first retry; doubled on each further one
 */
public record RegistryClientConfig(List<URI> urls, Optional<String> userInfo, Duration requestTimeout,
        int maxRetries, Duration retryBackoff) {

    /** Comma-separated registry URLs. */
    public static final String URL_CONFIG = "schema.registry.url";
    public static final String URL_DOC = "Schema registry URL(s), comma-separated (http://, https:// or memory://<name>).";

    /** Basic-auth credentials. */
    public static final String BASIC_AUTH_USER_INFO_CONFIG = "basic.auth.user.info";
    public static final String BASIC_AUTH_USER_INFO_DOC = "Basic-auth credentials as user:password; none when unset.";

    /** Request timeout. */
    public static final String REQUEST_TIMEOUT_MS_CONFIG = "schema.registry.request.timeout.ms";
    public static final String REQUEST_TIMEOUT_MS_DOC = "Timeout of one HTTP request to the registry, in ms.";
    public static final long REQUEST_TIMEOUT_MS_DEFAULT = 10_000;

    /** Retries. */
    public static final String MAX_RETRIES_CONFIG = "schema.registry.max.retries";
    public static final String MAX_RETRIES_DOC = "Retries after the first attempt, on connection errors and 5xx answers.";
    public static final int MAX_RETRIES_DEFAULT = 3;

    /** Backoff. */
    public static final String RETRY_BACKOFF_MS_CONFIG = "schema.registry.retry.backoff.ms";
    public static final String RETRY_BACKOFF_MS_DOC = "Wait before the first retry in ms; doubled on each further retry.";
    public static final long RETRY_BACKOFF_MS_DEFAULT = 200;

    /** Checks the parts. */
    public RegistryClientConfig {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("At least one schema registry URL is needed (" + URL_CONFIG + ")");
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException(MAX_RETRIES_CONFIG + " must not be negative: " + maxRetries);
        }
    }

    /** A configuration with the defaults for one or more comma-separated URLs. */
    public static RegistryClientConfig of(final String urls) {
        return parse(urls, Map.of());
    }

    /**
     * Parses the keys of this class from a (Kafka-style) configuration map.
     *
     * @param urls comma-separated http(s) URLs
     * @throws IllegalArgumentException naming the key whose value is invalid
     */
    public static RegistryClientConfig parse(final String urls, final Map<String, ?> config) {
        final List<URI> parsed = new ArrayList<>();
        for (final String url : urls.split(",")) {
            final String trimmed = url.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            final String scheme = trimmed.toLowerCase(Locale.ROOT);
            if (!scheme.startsWith("http://") && !scheme.startsWith("https://")) {
                throw new IllegalArgumentException(URL_CONFIG + " must be http(s): " + trimmed);
            }
            parsed.add(URI.create(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed));
        }
        final Object userInfo = config.get(BASIC_AUTH_USER_INFO_CONFIG);
        return new RegistryClientConfig(parsed,
            Optional.ofNullable(userInfo).map(Object::toString).filter(s -> !s.isBlank()),
            Duration.ofMillis(number(config, REQUEST_TIMEOUT_MS_CONFIG, REQUEST_TIMEOUT_MS_DEFAULT)),
            (int) number(config, MAX_RETRIES_CONFIG, MAX_RETRIES_DEFAULT),
            Duration.ofMillis(number(config, RETRY_BACKOFF_MS_CONFIG, RETRY_BACKOFF_MS_DEFAULT)));
    }

    private static long number(final Map<String, ?> config, final String key, final long fallback) {
        final Object value = config.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        try {
            return Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, not '" + value + "'", e);
        }
    }

    /** Hides the password. */
    @Override
    public String toString() {
        return "RegistryClientConfig[urls=" + urls + ", basicAuth=" + userInfo.isPresent() + ", requestTimeout="
            + requestTimeout + ", maxRetries=" + maxRetries + ", retryBackoff=" + retryBackoff + "]";
    }
}
