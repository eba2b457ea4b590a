package io.taxstream.embedded;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.taxstream.serde.InMemorySchemaRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A schema registry that speaks the Confluent REST API (the subset our client and Confluent's
 * serializers use) on loopback, on the JDK's HTTP server. Registrations are written to the compacted
 * topic {@value SchemasTopic#TOPIC} and acknowledged by the broker before they are answered, and are
 * replayed at start, so ids and versions survive restarts. One instance per cluster: two registries
 * writing to the same topic would hand out the same ids.
 */
public final class EmbeddedSchemaRegistry implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSchemaRegistry.class);

    private final String bootstrapServers;
    private final int requestedPort;
    private HttpServer server;
    private ExecutorService executor;
    private SchemasTopic store;
    private String url;

    /**
     * A registry storing its schemas on a Kafka cluster.
     *
     * @param port HTTP port, 0 for a free one
     */
    public EmbeddedSchemaRegistry(final String bootstrapServers, final int port) {
        this.bootstrapServers = Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        this.requestedPort = port;
    }

    /** Creates the topic if missing, replays it and starts serving; returns once it answers. */
    public synchronized EmbeddedSchemaRegistry start() {
        if (server != null) {
            throw new IllegalStateException("Schema registry " + url + " is already started");
        }
        final long begin = System.nanoTime();
        createTopic();
        store = new SchemasTopic(bootstrapServers);
        final InMemorySchemaRegistry registry = new InMemorySchemaRegistry(store);
        final int replayed = store.replay(registry);
        final RegistryRoutes routes = new RegistryRoutes(registry, new ObjectMapper());
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort), 0);
        } catch (IOException e) {
            store.close();
            throw new UncheckedIOException("Cannot listen on port " + requestedPort + " for the schema registry", e);
        }
        executor = Executors.newFixedThreadPool(4, r -> {
            final Thread thread = new Thread(r, "embedded-schema-registry");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", new RegistryExchange(routes));
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
        log.info("Schema registry started on {} in {} ms ({} stored records replayed from {})", url,
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin), replayed, SchemasTopic.TOPIC);
        return this;
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8081}. */
    public synchronized String url() {
        if (server == null) {
            throw new IllegalStateException("Schema registry on " + bootstrapServers + " is not started");
        }
        return url;
    }

    /** Stops serving and closes the store. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
        if (store != null) {
            store.close();
            store = null;
        }
    }

    private void createTopic() {
        final NewTopic topic = new NewTopic(SchemasTopic.TOPIC, 1, (short) 1).configs(Map.of(
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "embedded-schema-registry-admin"))) {
            admin.createTopics(java.util.List.of(topic)).all().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create topic " + SchemasTopic.TOPIC + " on " + bootstrapServers,
                    e.getCause());
            }
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Timed out creating topic " + SchemasTopic.TOPIC + " on "
                + bootstrapServers, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted creating topic " + SchemasTopic.TOPIC, e);
        }
    }
}
