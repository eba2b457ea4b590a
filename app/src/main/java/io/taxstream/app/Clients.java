package io.taxstream.app;

import io.taxstream.processors.config.Config;
import io.taxstream.serde.SchemaRegistries;
import io.taxstream.topology.Topics;
import io.taxstream.topology.config.PlatformKeys;
import java.util.Map;

/** The topic registry for a configuration's schema registry. */
final class Clients {

    private Clients() {
    }

    static Topics topics(Config config) {
        return new Topics(SchemaRegistries.fromUrl(config.get(PlatformKeys.SCHEMA_REGISTRY_URL),
                Map.of(io.taxstream.serde.RegistryClientConfig.BASIC_AUTH_USER_INFO_CONFIG, config.get(PlatformKeys.SCHEMA_REGISTRY_AUTH))));
    }
}
