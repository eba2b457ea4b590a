package io.taxstream.dashboard;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.taxstream.avro.DocumentStatus;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.dashboard.documents.FeedDocumentLookup;
import io.taxstream.dashboard.feed.FeedListener;
import io.taxstream.dashboard.feed.RecentDocuments;
import io.taxstream.dashboard.health.Probe;
import io.taxstream.dashboard.health.Readiness;
import io.taxstream.dashboard.llm.LlmTierStatus;
import io.taxstream.dashboard.ops.LagSnapshot;
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
import io.taxstream.topology.client.Submission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The real dashboard server over in-memory sources: the feed's listeners are fed by the test, the
 * lag is whatever the test sets, uploads are recorded.
 */
final class TestDashboard implements AutoCloseable {

    static final String TOKEN = "uploader-token-0123456789";
    static final String READER_TOKEN = "reader-token-abcdefghijkl";

    final RecentDocuments recent = new RecentDocuments(100, 100);
    final Throughput throughput = new Throughput(Duration.ofSeconds(5), Duration.ofMinutes(10), Clock.systemUTC());
    final Latencies latencies = new Latencies(Duration.ofMinutes(5), Clock.systemUTC());
    final ReviewQueue reviewQueue = new ReviewQueue();
    final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    final AtomicReference<LagSnapshot> lag = new AtomicReference<>(LagSnapshot.empty());
    final List<Submission> submitted = new CopyOnWriteArrayList<>();
    final AtomicBoolean sinkFails = new AtomicBoolean();
    final AtomicBoolean brokerUp = new AtomicBoolean(true);
    final AtomicReference<LlmTierStatus> llm = new AtomicReference<>(LlmTierStatus.NOT_CONFIGURED);
    final LiveEvents live;
    final DashboardServer server;
    private final List<FeedListener> listeners;
    private final AutoCloseable jvmMetrics;

    TestDashboard() {
        this(Map.of());
    }

    TestDashboard(Map<String, String> overrides) {
        Map<String, String> settings = new HashMap<>(Map.of(
                DashboardKeys.API_TOKENS.name(), "uploader=" + TOKEN + ",reader=" + READER_TOKEN,
                DashboardKeys.REFRESH_MS.name(), "200"));
        settings.putAll(overrides);
        Config config = Config.of(settings);
        MemoryMonitor memory = new MemoryMonitor(0, 0.8);
        OpsGauges.bind(registry, memory, reviewQueue, StreamThreads.none());
        jvmMetrics = OpsGauges.bindJvm(registry);
        ScalingAdvisor scaling = new ScalingAdvisor(lag::get, new ScalingPolicy(60, 1, 8, 1.0), registry);
        LlmTierStatus llmStatus = () -> llm.get().tiers();
        Overview overview = new Overview(new OverviewSources(
                () -> new OverviewSources.InstanceView("taxstream-test", "standalone", ""), throughput, latencies, lag::get,
                scaling, memory, StreamThreads.none(), llmStatus, reviewQueue, recent));
        live = new LiveEvents(overview, recent, Duration.ofMillis(200)).start();
        listeners = List.of(recent, throughput, latencies, reviewQueue, new PlatformMetrics(registry, Instant.EPOCH), live);
        Readiness readiness = new Readiness(List.of(probe("broker", true, brokerUp::get),
                probe("schema-registry", true, () -> true), new io.taxstream.dashboard.llm.LlmProbe(llmStatus)));
        DashboardServices services = new DashboardServices(overview, live, new FeedDocumentLookup(recent),
                java.util.Optional.empty(), this::sink, scaling, registry, readiness);
        server = new DashboardServer(services, DashboardSettings.from(config));
    }

    void feed(List<DocumentStatus> events) {
        events.forEach(e -> listeners.forEach(l -> l.onStatus(e)));
    }

    void feed(ExtractionResult result, boolean review) {
        listeners.forEach(l -> l.onResult(result, review));
    }

    private CompletableFuture<Void> sink(Submission s) {
        if (sinkFails.get()) {
            return CompletableFuture.failedFuture(new org.apache.kafka.common.errors.TimeoutException("no broker"));
        }
        submitted.add(s);
        return CompletableFuture.completedFuture(null);
    }

    private static Probe probe(String name, boolean required, java.util.function.BooleanSupplier ok) {
        return new Probe() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean required() {
                return required;
            }

            @Override
            public ProbeResult check() {
                boolean up = ok.getAsBoolean();
                return new ProbeResult(name, up, required, up ? "answers" : "unreachable");
            }
        };
    }

    @Override
    public void close() {
        live.close();
        try {
            jvmMetrics.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
