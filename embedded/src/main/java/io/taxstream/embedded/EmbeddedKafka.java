package io.taxstream.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka cluster (KRaft, combined broker and controller) running in this JVM, with
 * its data under a folder of its own. The first start formats the folder; later starts on the same
 * folder reuse it, with its cluster id, topics and data.
 *
 * <pre>{@code
 * try (EmbeddedKafka kafka = new EmbeddedKafka(dir).start()) {
 *     kafka.createTopics(new NewTopic("documents.raw", 3, (short) 1));
 *     ... kafka.bootstrapServers() ...
 * }
 * }</pre>
 *
 * <p>Producers that send documents must raise {@code max.request.size} to {@link #MAX_MESSAGE_BYTES}.
 * Broker logging goes through slf4j; include {@code io/taxstream/embedded/logback-embedded.xml} in
 * the application's logback configuration to keep it at WARN.
 */
public final class EmbeddedKafka implements AutoCloseable {

    /** Largest record batch the broker accepts: a 16 MiB document plus room for its envelope. */
    public static final int MAX_MESSAGE_BYTES = 17 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path logDir;
    private final int requestedBrokerPort;
    private final int requestedControllerPort;
    private final Map<String, Object> overrides;
    private KafkaRaftServer server;
    private Admin admin;
    private String bootstrapServers;
    private String clusterId;

    /** A cluster on free ports with data under {@code dataDir}. */
    public EmbeddedKafka(final Path dataDir) {
        this(dataDir, 0, 0, Map.of());
    }

    /**
     * A cluster with data under {@code dataDir}.
     *
     * @param brokerPort client port, 0 for a free one
     * @param controllerPort controller port, 0 for a free one
     * @param overrides broker settings that replace the defaults (see {@code BrokerSettings})
     */
    public EmbeddedKafka(final Path dataDir, final int brokerPort, final int controllerPort,
            final Map<String, ?> overrides) {
        this.logDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath();
        this.requestedBrokerPort = brokerPort;
        this.requestedControllerPort = controllerPort;
        this.overrides = Map.copyOf(overrides);
    }

    /**
     * Formats the folder if needed and starts the node; returns once the broker takes requests.
     *
     * @throws IllegalStateException when already started or when the node does not come up
     */
    public synchronized EmbeddedKafka start() {
        if (server != null) {
            throw new IllegalStateException("Kafka in " + logDir + " is already started");
        }
        final long begin = System.nanoTime();
        final int[] free = FreePorts.pick(2);
        final int brokerPort = requestedBrokerPort != 0 ? requestedBrokerPort : free[0];
        final int controllerPort = requestedControllerPort != 0 ? requestedControllerPort : free[1];
        final KafkaConfig config = new KafkaConfig(BrokerSettings.of(logDir, brokerPort, controllerPort, overrides),
            false);
        clusterId = StorageFormat.formatIfNeeded(logDir);
        bootstrapServers = BrokerSettings.HOST + ":" + brokerPort;
        // Assigned before startup() so that close() shuts down whatever part of it did start.
        server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "embedded-kafka-admin"));
            awaitBroker();
        } catch (RuntimeException e) {
            close();
            throw new IllegalStateException("Kafka in " + logDir + " did not start on " + bootstrapServers, e);
        }
        log.info("Kafka {} started on {} in {} ms (data in {})", clusterId, bootstrapServers,
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin), logDir);
        return this;
    }

    /** {@code host:port} of the broker, for {@code bootstrap.servers}. */
    public synchronized String bootstrapServers() {
        requireStarted();
        return bootstrapServers;
    }

    /** The cluster id kept in the folder's {@code meta.properties}. */
    public synchronized String clusterId() {
        requireStarted();
        return clusterId;
    }

    /** The folder that holds the broker's data. */
    public Path dataDir() {
        return logDir;
    }

    /** Creates topics that do not exist yet; existing ones are left as they are. */
    public void createTopics(final NewTopic... topics) {
        createTopics(Arrays.asList(topics));
    }

    /** Creates topics that do not exist yet; existing ones are left as they are. */
    public void createTopics(final List<NewTopic> topics) {
        final Admin client;
        synchronized (this) {
            requireStarted();
            client = admin;
        }
        final Map<String, Throwable> failures = new HashMap<>();
        client.createTopics(topics).values().forEach((name, future) -> {
            try {
                future.get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    failures.put(name, e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.put(name, e);
            } catch (TimeoutException e) {
                failures.put(name, e);
            }
        });
        if (!failures.isEmpty()) {
            final IllegalStateException error = new IllegalStateException("Cannot create topics " + failures.keySet()
                + " on " + bootstrapServers);
            failures.values().forEach(error::addSuppressed);
            throw error;
        }
    }

    /** An admin client of this cluster, owned by it (do not close it). */
    public synchronized Admin admin() {
        requireStarted();
        return admin;
    }

    /** Shuts the node down cleanly and waits for it; the folder keeps everything for the next start. */
    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
            admin = null;
        }
        if (server != null) {
            final long begin = System.nanoTime();
            server.shutdown();
            server.awaitShutdown();
            server = null;
            log.info("Kafka on {} stopped in {} ms", bootstrapServers,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
        }
    }

    private void awaitBroker() {
        try {
            admin.describeCluster().nodes().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Broker " + bootstrapServers + " did not answer within " + READY_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for broker " + bootstrapServers, e);
        }
    }

    private void requireStarted() {
        if (server == null) {
            throw new IllegalStateException("Kafka in " + logDir + " is not started");
        }
    }
}
