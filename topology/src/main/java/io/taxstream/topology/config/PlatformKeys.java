package io.taxstream.topology.config;

import io.taxstream.processors.config.ConfigKey;

/** Configuration keys of the streaming platform, each defined here once. */
public final class PlatformKeys {

    public static final ConfigKey<String> APPLICATION_ID = ConfigKey.string("application.id", "taxstream",
            "Kafka Streams application id: instances with the same id share the work");
    public static final ConfigKey<String> BOOTSTRAP_SERVERS = ConfigKey.string("bootstrap.servers", "localhost:9092",
            "Kafka brokers to connect to");
    public static final ConfigKey<String> SCHEMA_REGISTRY_URL = ConfigKey.string("schema.registry.url", "http://localhost:8081",
            "Confluent-compatible schema registry (comma-separated for failover; memory://name for tests)");
    public static final ConfigKey<String> SCHEMA_REGISTRY_AUTH = ConfigKey.string("schema.registry.basic.auth", "",
            "user:password for the schema registry's basic auth, empty for none");
    public static final ConfigKey<String> STATE_DIR = ConfigKey.string("state.dir",
            System.getProperty("java.io.tmpdir") + "/taxstream-streams", "folder of the local state stores");
    public static final ConfigKey<Integer> STREAM_THREADS = ConfigKey.integer("stream.threads", 2,
            "stream threads at start (adjusted at run time from lag within stream.threads.min/max)");
    public static final ConfigKey<Integer> STREAM_THREADS_MIN = ConfigKey.integer("stream.threads.min", 1,
            "fewest stream threads the autoscaler leaves running");
    public static final ConfigKey<Integer> STREAM_THREADS_MAX = ConfigKey.integer("stream.threads.max", 4,
            "most stream threads the autoscaler starts");
    public static final ConfigKey<String> APPLICATION_SERVER = ConfigKey.string("application.server", "",
            "host:port of this instance's dashboard, advertised to the other instances for interactive queries (empty: none)");
    public static final ConfigKey<Integer> PARTITIONS = ConfigKey.integer("topics.partitions", 3,
            "partitions of a topic created at start, unless topics.<name>.partitions says otherwise");
    public static final ConfigKey<Integer> REPLICATION_FACTOR = ConfigKey.integer("topics.replication.factor", 1,
            "replication factor of topics created at start (use 3 in production)");
    public static final ConfigKey<Integer> SPECIALIST_PARALLELISM = ConfigKey.integer("specialist.parallelism", 4,
            "documents a specialist works on at once per instance (its worker threads)");
    public static final ConfigKey<Integer> SPECIALIST_MAX_IN_FLIGHT = ConfigKey.integer("specialist.max.in.flight", 16,
            "documents a specialist task holds in flight before it waits for one to finish");
    public static final ConfigKey<Long> SPECIALIST_TIMEOUT_MS = ConfigKey.longValue("specialist.timeout.ms", 180_000,
            "longest a specialist may spend on one document (all cascade tiers); poll and transaction timeouts derive from it");

    private PlatformKeys() {
    }

    /** The key that overrides the partition count of one topic. */
    public static ConfigKey<Integer> partitionsOf(String topic) {
        return ConfigKey.integer("topics." + topic + ".partitions", -1, "partitions of topic " + topic);
    }
}
