package io.taxstream.processors.config;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One configuration key, defined once with its documentation, default and parser.
 *
 * <p>Its value comes from, in rising precedence: the default here, a properties file, the
 * environment variable {@link #envName()} ({@code TAXSTREAM_} + the name in upper case with
 * {@code .} and {@code -} as {@code _}, or an explicit alias such as {@code OLLAMA_HOST}), and
 * command-line flags.
 *
 * @param <T> the parsed type
 */
public final class ConfigKey<T> {

    private final String name;
    private final String doc;
    private final T defaultValue;
    private final Function<String, T> parser;
    private final String envName;

    private ConfigKey(String name, String doc, T defaultValue, Function<String, T> parser, String envName) {
        this.name = Objects.requireNonNull(name);
        this.doc = Objects.requireNonNull(doc);
        this.defaultValue = defaultValue;
        this.parser = Objects.requireNonNull(parser);
        this.envName = envName != null ? envName
                : "TAXSTREAM_" + name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public static ConfigKey<String> string(String name, String defaultValue, String doc) {
        return new ConfigKey<>(name, doc, defaultValue, s -> s, null);
    }

    public static ConfigKey<Integer> integer(String name, int defaultValue, String doc) {
        return new ConfigKey<>(name, doc, defaultValue, s -> Integer.parseInt(s.trim()), null);
    }

    public static ConfigKey<Long> longValue(String name, long defaultValue, String doc) {
        return new ConfigKey<>(name, doc, defaultValue, s -> Long.parseLong(s.trim()), null);
    }

    public static ConfigKey<Double> decimal(String name, double defaultValue, String doc) {
        return new ConfigKey<>(name, doc, defaultValue, s -> Double.parseDouble(s.trim()), null);
    }

    public static ConfigKey<Boolean> bool(String name, boolean defaultValue, String doc) {
        return new ConfigKey<>(name, doc, defaultValue, ConfigKey::parseBoolean, null);
    }

    public static <E extends Enum<E>> ConfigKey<E> enumeration(String name, E defaultValue, String doc) {
        Class<E> type = defaultValue.getDeclaringClass();
        return new ConfigKey<>(name, doc, defaultValue,
                s -> Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT).replace('-', '_')), null);
    }

    /** The same key read from a differently named environment variable, e.g. {@code OLLAMA_HOST}. */
    public ConfigKey<T> withEnv(String variable) {
        return new ConfigKey<>(name, doc, defaultValue, parser, variable);
    }

    public String name() {
        return name;
    }

    public String doc() {
        return doc;
    }

    public T defaultValue() {
        return defaultValue;
    }

    public String envName() {
        return envName;
    }

    /** Parses a raw value; a bad one fails with a message naming this key and where it came from. */
    public T parse(String raw, String origin) {
        try {
            return parser.apply(raw);
        } catch (RuntimeException e) {
            throw new ConfigException(name, "cannot use value '" + raw + "' from " + origin + ": " + e.getMessage());
        }
    }

    Optional<String> rawDefault() {
        return Optional.ofNullable(defaultValue).map(String::valueOf);
    }

    private static boolean parseBoolean(String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException("expected true or false");
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
