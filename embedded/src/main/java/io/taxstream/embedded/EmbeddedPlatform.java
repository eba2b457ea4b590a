package io.taxstream.embedded;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the demo and the integration tests need, in this JVM: a single-node Kafka cluster with
 * its data under {@code <dir>/kafka}, and a schema registry storing its schemas on it.
 *
 * <pre>{@code
 * try (EmbeddedPlatform platform = EmbeddedPlatform.start(tempDir)) {
 *     platform.createTopics(new NewTopic("documents.raw", 3, (short) 1));
 *     props.put("bootstrap.servers", platform.bootstrapServers());
 *     props.put("schema.registry.url", platform.schemaRegistryUrl());
 * }
 * }</pre>
 *
 * Starting again on the same folder brings back topics, data, consumer offsets and schema ids.
 */
public final class EmbeddedPlatform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPlatform.class);

    private final EmbeddedKafka kafka;
    private final EmbeddedSchemaRegistry registry;

    private EmbeddedPlatform(final EmbeddedKafka kafka, final EmbeddedSchemaRegistry registry) {
        this.kafka = kafka;
        this.registry = registry;
    }

    /** Starts both parts for a data folder, on free ports. */
    public static EmbeddedPlatform start(final Path dir) {
        return start(dir, 0, 0);
    }

    /**
     * Starts both parts for a data folder.
     *
     * @param kafkaPort broker client port, 0 for a free one
     * @param registryPort registry HTTP port, 0 for a free one
     */
    public static EmbeddedPlatform start(final Path dir, final int kafkaPort, final int registryPort) {
        final long begin = System.nanoTime();
        final EmbeddedKafka kafka = new EmbeddedKafka(dir.resolve("kafka"), kafkaPort, 0, Map.of()).start();
        try {
            final EmbeddedSchemaRegistry registry = new EmbeddedSchemaRegistry(kafka.bootstrapServers(), registryPort)
                .start();
            log.info("Embedded platform up in {} ms: Kafka {}, schema registry {}",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin), kafka.bootstrapServers(), registry.url());
            return new EmbeddedPlatform(kafka, registry);
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
    }

    /** {@code host:port} of the broker. */
    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** Base URL of the schema registry. */
    public String schemaRegistryUrl() {
        return registry.url();
    }

    /** The broker, for admin work such as {@link EmbeddedKafka#createTopics(NewTopic...)}. */
    public EmbeddedKafka kafka() {
        return kafka;
    }

    /** Creates topics that do not exist yet. */
    public void createTopics(final NewTopic... topics) {
        kafka.createTopics(topics);
    }

    /** Stops the registry, then the broker, waiting for both. */
    @Override
    public void close() {
        try {
            registry.close();
        } finally {
            kafka.close();
        }
    }
}
