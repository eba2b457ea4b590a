package io.taxstream.dashboard;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.taxstream.dashboard.documents.DocumentLookup;
import io.taxstream.dashboard.documents.FeedDocumentLookup;
import io.taxstream.dashboard.documents.LocalStores;
import io.taxstream.dashboard.documents.PeerClient;
import io.taxstream.dashboard.documents.ProducerDocumentSink;
import io.taxstream.dashboard.documents.StreamsDocumentLookup;
import io.taxstream.dashboard.feed.PlatformFeed;
import io.taxstream.dashboard.feed.RecentDocuments;
import io.taxstream.dashboard.health.BrokerProbe;
import io.taxstream.dashboard.health.Probe;
import io.taxstream.dashboard.health.Readiness;
import io.taxstream.dashboard.health.RegistryProbe;
import io.taxstream.dashboard.health.StreamsProbe;
import io.taxstream.dashboard.llm.LlmProbe;
import io.taxstream.dashboard.llm.LlmTierStatus;
import io.taxstream.dashboard.ops.LagMonitor;
import io.taxstream.dashboard.ops.MemoryMonitor;
import io.taxstream.dashboard.ops.OpsGauges;
import io.taxstream.dashboard.ops.ScalingAdvisor;
import io.taxstream.dashboard.ops.ScalingPolicy;
import io.taxstream.dashboard.ops.StreamThreads;
import io.taxstream.dashboard.stats.Latencies;
import io.taxstream.dashboard.stats.PlatformMetrics;
import io.taxstream.dashboard.stats.ReviewQueue;
import io.taxstream.dashboard.stats.Throughput;
import io.taxstream.dashboard.web.LiveEvents;
import io.taxstream.dashboard.web.Overview;
import io.taxstream.dashboard.web.OverviewSources;
import io.taxstream.processors.config.Config;
import io.taxstream.topology.Topics;
import io.taxstream.topology.Worker;
import io.taxstream.topology.client.DocumentProducer;
import io.taxstream.topology.config.PlatformKeys;
import io.taxstream.topology.ops.ConsumerLag;
import io.taxstream.topology.scaling.AutoscalerStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Puts the dashboard together from the configuration, beside a worker in this process or alone
 * against a cluster, and owns everything it starts: the feed, the lag monitor, the live events,
 * an Admin client, the upload producer and the web server. Closing it stops them in reverse order.
 */
public final class Dashboard implements AutoCloseable {

    private final Deque<AutoCloseable> resources;
    private final DashboardServer server;

    private Dashboard(Deque<AutoCloseable> resources, DashboardServer server) {
        this.resources = resources;
        this.server = server;
    }

    /** The dashboard of a worker in this process: stores queried directly, threads and autoscaler shown. */
    public static Dashboard forWorker(Worker worker, LlmTierStatus llm) {
        return build(worker.config(), worker.topics(), worker::streams, worker::autoscaler, llm, true);
    }

    /** A dashboard alone against a cluster: what it shows comes from the topics and the Admin API. */
    public static Dashboard standalone(Config config, Topics topics, LlmTierStatus llm) {
        return build(config, topics, () -> null, Optional::empty, llm, false);
    }

    private static Dashboard build(Config config, Topics topics, Supplier<KafkaStreams> streams,
                                   Supplier<Optional<AutoscalerStatus>> autoscaler, LlmTierStatus llm, boolean inProcess) {
        Deque<AutoCloseable> owned = new ArrayDeque<>();
        try {
            DashboardSettings settings = DashboardSettings.from(config);
            String bootstrap = config.get(PlatformKeys.BOOTSTRAP_SERVERS);
            PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            owned.push(registry::close);
            owned.push(OpsGauges.bindJvm(registry));
            if (inProcess) {
                KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams.get());
                streamsMetrics.bindTo(registry);
                owned.push(streamsMetrics);
            }
            Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
            owned.push(admin);

            Duration replay = Duration.ofMinutes(config.get(DashboardKeys.FEED_REPLAY_MINUTES));
            int capacity = config.get(DashboardKeys.RECENT_DOCUMENTS);
            RecentDocuments recent = new RecentDocuments(capacity, inProcess ? 0 : Math.min(capacity, 500));
            Clock clock = Clock.systemUTC();
            Throughput throughput = new Throughput(Duration.ofSeconds(5),
                    Duration.ofMinutes(config.get(DashboardKeys.THROUGHPUT_WINDOW_MINUTES)), clock);
            Latencies latencies = new Latencies(Duration.ofMinutes(5), clock);
            ReviewQueue reviewQueue = new ReviewQueue();
            PlatformMetrics platformMetrics = new PlatformMetrics(registry, Instant.now().minus(replay));

            ConsumerLag consumerLag = new ConsumerLag(admin, Duration.ofSeconds(10));
            LagMonitor lag = new LagMonitor(consumerLag, groups(config, consumerLag),
                    Duration.ofMillis(config.get(DashboardKeys.LAG_INTERVAL_MS)),
                    Duration.ofSeconds(config.get(DashboardKeys.SCALING_RATE_WINDOW_SECONDS)), registry).start();
            owned.push(lag);
            ScalingAdvisor scaling = new ScalingAdvisor(lag, new ScalingPolicy(config.get(DashboardKeys.SCALING_DRAIN_SECONDS),
                    config.get(DashboardKeys.SCALING_MIN_REPLICAS), config.get(DashboardKeys.SCALING_MAX_REPLICAS),
                    config.get(DashboardKeys.SCALING_ASSUMED_RATE)), registry);
            MemoryMonitor memory = new MemoryMonitor(config.get(DashboardKeys.MEMORY_LIMIT_BYTES),
                    config.get(DashboardKeys.MEMORY_ALERT_RATIO));
            StreamThreads threads = new StreamThreads(streams, autoscaler);
            OpsGauges.bind(registry, memory, reviewQueue, threads);

            String server = config.get(PlatformKeys.APPLICATION_SERVER).trim();
            OverviewSources.InstanceView instance = new OverviewSources.InstanceView(
                    config.get(PlatformKeys.APPLICATION_ID), inProcess ? "worker" : "standalone", server);
            Overview overview = new Overview(new OverviewSources(() -> instance, throughput, latencies, lag, scaling, memory,
                    threads, llm, reviewQueue, recent));
            LiveEvents live = new LiveEvents(overview, recent, settings.refresh()).start();
            owned.push(live);
            owned.push(new PlatformFeed(bootstrap, topics, replay,
                    List.of(recent, throughput, latencies, reviewQueue, platformMetrics, live)).start());

            DocumentLookup lookup = inProcess
                    ? new StreamsDocumentLookup(new LocalStores(streams),
                            server.isEmpty() ? Optional.empty() : Optional.of(HostInfo.buildFromEndpoint(server)),
                            new PeerClient(config.get(DashboardKeys.PEER_TOKEN), Duration.ofSeconds(5)), recent)
                    : new FeedDocumentLookup(recent);
            ProducerDocumentSink sink = new ProducerDocumentSink(new DocumentProducer(bootstrap, topics, Map.of()));
            owned.push(sink);

            List<Probe> probes = new ArrayList<>();
            if (inProcess) {
                probes.add(new StreamsProbe(streams));
            }
            probes.add(new BrokerProbe(admin, Duration.ofSeconds(3)));
            probes.add(new RegistryProbe(config.get(PlatformKeys.SCHEMA_REGISTRY_URL), Duration.ofSeconds(3)));
            probes.add(new LlmProbe(llm));

            DashboardServices services = new DashboardServices(overview, live, lookup,
                    inProcess ? Optional.of(new LocalStores(streams)) : Optional.empty(), sink, scaling, registry,
                    new Readiness(probes));
            return new Dashboard(owned, new DashboardServer(services, settings));
        } catch (RuntimeException e) {
            closeAll(owned);
            throw e;
        }
    }

    /** The groups the configuration asks to watch: the platform's by default, every group for {@code *}. */
    private static Supplier<List<String>> groups(Config config, ConsumerLag lag) {
        String value = config.get(DashboardKeys.LAG_GROUPS).trim();
        if (value.equals("*")) {
            return lag::groups;
        }
        List<String> listed = value.isEmpty() ? List.of(config.get(PlatformKeys.APPLICATION_ID))
                : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return () -> listed;
    }

    /** Starts serving on a port (0 for a free one). */
    public Dashboard start(int port) {
        server.start(port);
        return this;
    }

    public int port() {
        return server.port();
    }

    public DashboardServer server() {
        return server;
    }

    @Override
    public void close() {
        server.close();
        closeAll(resources);
    }

    private static void closeAll(Deque<AutoCloseable> resources) {
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception e) {
                // keep closing the rest
            }
        }
    }
}
