package io.taxstream.app;

import io.taxstream.processors.config.Config;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every command shares: a properties file and key=value overrides. */
final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "properties file with configuration keys")
    Path file;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "set a configuration key (repeatable), e.g. --set stream.threads=4")
    Map<String, String> values = new LinkedHashMap<>();

    /** The layered configuration, with command-specific flags on top. */
    Config load(Map<String, String> commandFlags) {
        if (file != null && !Files.isRegularFile(file)) {
            throw new UserError("no such configuration file: " + file);
        }
        Map<String, String> flags = new LinkedHashMap<>(values);
        flags.putAll(commandFlags);
        return Config.load(Optional.ofNullable(file), System.getenv(), flags);
    }
}
