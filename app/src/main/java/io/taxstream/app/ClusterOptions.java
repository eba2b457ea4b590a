package io.taxstream.app;

import io.taxstream.topology.config.PlatformKeys;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the cluster is: flags that override the configuration keys of the same meaning. */
final class ClusterOptions {

    @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT", description = "Kafka brokers (key bootstrap.servers)")
    String bootstrapServers;

    @Option(names = {"-r", "--schema-registry-url"}, paramLabel = "URL", description = "schema registry (key schema.registry.url)")
    String schemaRegistryUrl;

    Map<String, String> flags() {
        Map<String, String> flags = new LinkedHashMap<>();
        if (bootstrapServers != null) {
            flags.put(PlatformKeys.BOOTSTRAP_SERVERS.name(), bootstrapServers);
        }
        if (schemaRegistryUrl != null) {
            flags.put(PlatformKeys.SCHEMA_REGISTRY_URL.name(), schemaRegistryUrl);
        }
        return flags;
    }
}
