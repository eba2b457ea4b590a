package io.taxstream.topology;

import io.taxstream.processors.config.Config;
import io.taxstream.processors.pipeline.Pipeline;
import io.taxstream.serde.SchemaRegistries;
import io.taxstream.serde.SchemaRegistryClient;
import io.taxstream.topology.config.PlatformKeys;
import io.taxstream.topology.config.StreamsSettings;
import io.taxstream.topology.processors.SpecialistWorkers;
import io.taxstream.topology.scaling.AutoscalerStatus;
import io.taxstream.topology.scaling.Autoscaling;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running instance of the platform: creates the topics, builds the topology for its role and
 * runs it with Kafka Streams until closed.
 */
public final class Worker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Worker.class);

    private final Config config;
    private final Pipeline pipeline;
    private final Topics topics;
    private final SpecialistWorkers workers;
    private final KafkaStreams streams;
    private final Topology topology;
    private final Set<String> specialistTopics;
    private volatile Optional<Autoscaling> autoscaling = Optional.empty();

    public Worker(Config config, Pipeline pipeline, TopologyOptions options) {
        this.config = config;
        this.pipeline = pipeline;
        SchemaRegistryClient registry = SchemaRegistries.fromUrl(config.get(PlatformKeys.SCHEMA_REGISTRY_URL),
                Map.of(io.taxstream.serde.RegistryClientConfig.BASIC_AUTH_USER_INFO_CONFIG, config.get(PlatformKeys.SCHEMA_REGISTRY_AUTH)));
        this.topics = new Topics(registry);
        this.workers = new SpecialistWorkers(config.get(PlatformKeys.SPECIALIST_PARALLELISM));
        this.topology = TaxstreamTopology.build(topics, pipeline, workers, options);
        this.specialistTopics = options.specialistTypes().stream().map(t -> topics.forType(t).name()).collect(Collectors.toSet());
        Properties props = StreamsSettings.from(config);
        this.streams = new KafkaStreams(topology, props);
        streams.setUncaughtExceptionHandler(e -> {
            log.error("stream thread died; replacing it", e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> log.info("streams {} -> {}", before, now));
    }

    /** Creates missing topics and starts processing. */
    public Worker start() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                config.get(PlatformKeys.BOOTSTRAP_SERVERS)))) {
            TopicInstaller.ensure(admin, topics, config);
        }
        streams.start();
        autoscaling = Autoscaling.start(streams, config, specialistTopics);
        return this;
    }

    public KafkaStreams streams() {
        return streams;
    }

    public Topics topics() {
        return topics;
    }

    public Topology topology() {
        return topology;
    }

    /** The document pipeline this worker runs (its specialist holds the LLM tiers' state). */
    public Pipeline pipeline() {
        return pipeline;
    }

    public Config config() {
        return config;
    }

    /** The stream-thread autoscaler's last view, when it runs. */
    public Optional<AutoscalerStatus> autoscaler() {
        return autoscaling.map(Autoscaling::status);
    }

    @Override
    public void close() {
        autoscaling.ifPresent(Autoscaling::close);
        streams.close(Duration.ofSeconds(30));
        workers.close();
    }
}
