package io.taxstream.processors.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Layered configuration: defaults in code, then a properties file, then environment variables,
 * then command-line flags. Values are parsed once per key and cached; errors name the key and the
 * layer the bad value came from.
 */
public final class Config {

    private final Map<String, String> file;
    private final Map<String, String> env;
    private final Map<String, String> flags;
    private final Map<String, Object> parsed = new ConcurrentHashMap<>();

    private Config(Map<String, String> file, Map<String, String> env, Map<String, String> flags) {
        this.file = Map.copyOf(file);
        this.env = Map.copyOf(env);
        this.flags = Map.copyOf(flags);
    }

    /** Only the defaults, plus the given overrides (tests and embedded use). */
    public static Config of(Map<String, String> overrides) {
        return new Config(Map.of(), Map.of(), overrides);
    }

    public static Config defaults() {
        return of(Map.of());
    }

    /**
     * Loads the layers.
     *
     * @param propertiesFile an optional properties file
     * @param environment    the process environment (pass {@code System.getenv()})
     * @param flags          values given on the command line, by key name
     */
    public static Config load(Optional<Path> propertiesFile, Map<String, String> environment, Map<String, String> flags) {
        Map<String, String> file = new LinkedHashMap<>();
        if (propertiesFile.isPresent()) {
            Path path = propertiesFile.get();
            Properties props = new Properties();
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                props.load(reader);
            } catch (IOException e) {
                throw new ConfigException("config-file", "cannot read " + path + ": " + e.getMessage());
            }
            props.stringPropertyNames().forEach(k -> file.put(k, props.getProperty(k).trim()));
        }
        return new Config(file, environment, flags);
    }

    /** This configuration with more flags on top. */
    public Config with(Map<String, String> moreFlags) {
        Map<String, String> merged = new LinkedHashMap<>(flags);
        merged.putAll(moreFlags);
        return new Config(file, env, merged);
    }

    @SuppressWarnings("unchecked")
    public <T> T get(ConfigKey<T> key) {
        return (T) parsed.computeIfAbsent(key.name(), n -> resolve(key));
    }

    private <T> Object resolve(ConfigKey<T> key) {
        if (flags.containsKey(key.name())) {
            return key.parse(flags.get(key.name()), "the command line");
        }
        if (env.containsKey(key.envName())) {
            return key.parse(env.get(key.envName()), "environment variable " + key.envName());
        }
        if (file.containsKey(key.name())) {
            return key.parse(file.get(key.name()), "the properties file");
        }
        if (key.defaultValue() == null) {
            throw new ConfigException(key.name(), "has no default and was not set (" + key.doc() + ")");
        }
        return key.defaultValue();
    }

    /**
     * Raw values under a prefix from every layer, prefix removed, e.g. {@code kafka.} pass-through
     * settings for the Kafka clients. Environment variables take the form {@code TAXSTREAM_KAFKA_...}.
     */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> out = new TreeMap<>();
        file.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        String envPrefix = "TAXSTREAM_" + prefix.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
        env.forEach((k, v) -> {
            if (k.startsWith(envPrefix)) {
                out.put(k.substring(envPrefix.length()).toLowerCase(java.util.Locale.ROOT).replace('_', '.'), v);
            }
        });
        flags.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return Collections.unmodifiableMap(out);
    }
}
