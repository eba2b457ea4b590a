package io.taxstream.serde;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes a {@link SchemaRegistryClient} from a URL: {@code memory://<name>} gives a shared, named
 * {@link InMemorySchemaRegistry} (for TopologyTestDriver tests: every serde configured with the same
 * URL sees the same registry), {@code http(s)://...} (comma-separated for failover) gives a
 * {@link RestSchemaRegistryClient} configured by the keys of {@link RegistryClientConfig}.
 */
public final class SchemaRegistries {

    /** Scheme of in-memory registries. */
    public static final String MEMORY_SCHEME = "memory://";

    private static final Map<String, InMemorySchemaRegistry> MEMORY = new ConcurrentHashMap<>();

    private SchemaRegistries() {
    }

    /**
     * Returns the registry for a URL.
     *
     * @param url {@code memory://<name>} or comma-separated http(s) URLs
     * @param config further keys of {@link RegistryClientConfig} (basic auth, timeouts, retries)
     * @throws IllegalArgumentException for an unsupported URL, naming it
     */
    public static SchemaRegistryClient fromUrl(final String url, final Map<String, ?> config) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("Missing schema registry URL (" + RegistryClientConfig.URL_CONFIG + ")");
        }
        final String trimmed = url.trim();
        if (trimmed.toLowerCase(Locale.ROOT).startsWith(MEMORY_SCHEME)) {
            return memory(trimmed.substring(MEMORY_SCHEME.length()));
        }
        return new RestSchemaRegistryClient(RegistryClientConfig.parse(trimmed, config));
    }

    /** The shared in-memory registry of a name, made on first use. */
    public static InMemorySchemaRegistry memory(final String name) {
        return MEMORY.computeIfAbsent(name, n -> new InMemorySchemaRegistry());
    }

    /** Forgets a named in-memory registry, so that the next test with that name starts empty. */
    public static void dropMemory(final String name) {
        MEMORY.remove(name);
    }
}
