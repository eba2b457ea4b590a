package io.taxstream.app;

import io.taxstream.corpus.CorpusGenerator;
import io.taxstream.corpus.CorpusSpec;
import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.embedded.EmbeddedPlatform;
import io.taxstream.processors.config.Config;
import io.taxstream.processors.config.ProcessorKeys;
import io.taxstream.processors.pipeline.Pipelines;
import io.taxstream.topology.TopologyOptions;
import io.taxstream.topology.Worker;
import io.taxstream.topology.client.DocumentProducer;
import io.taxstream.topology.client.Submission;
import io.taxstream.topology.config.PlatformKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code taxstream demo}: the whole platform in one process, with sample documents. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run everything embedded, with sample documents.", "", "Starts an embedded Kafka broker, schema registry, the topology and the dashboard in this process, submits the bundled sample documents (every type, plus unreadable and password-locked ones), shows their progress and a summary, and keeps serving until Ctrl-C. A second start reuses the data and its result cache."})
final class DemoCommand extends PrintingCommand {

    @Option(names = "--data", paramLabel = "DIR", description = "where the demo keeps its data (default: ${DEFAULT-VALUE})")
    Path data = Path.of(".taxstream");

    @Option(names = "--port", paramLabel = "PORT", description = "dashboard port (default: ${DEFAULT-VALUE})")
    int port = 7070;

    @Option(names = "--per-type", paramLabel = "N", description = "sample documents per type (default: ${DEFAULT-VALUE})")
    int perType = 3;

    @Option(names = "--no-dashboard", description = "do not serve the dashboard")
    boolean noDashboard;

    @Option(names = "--exit", description = "exit after the summary instead of serving until Ctrl-C")
    boolean exit;


    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        Files.createDirectories(data);
        int run = nextRun();
        Lifecycle lifecycle = new Lifecycle();
        System.err.println("starting the embedded broker and schema registry in " + data.toAbsolutePath() + " ...");
        try (EmbeddedPlatform platform = EmbeddedPlatform.start(data.resolve("platform"))) {
            Config loaded = configOptions.load(Map.of(
                    PlatformKeys.BOOTSTRAP_SERVERS.name(), platform.bootstrapServers(),
                    PlatformKeys.SCHEMA_REGISTRY_URL.name(), platform.schemaRegistryUrl(),
                    PlatformKeys.STATE_DIR.name(), data.resolve("streams").toString(),
                    PlatformKeys.APPLICATION_ID.name(), "taxstream-demo",
                    PlatformKeys.PARTITIONS.name(), "2"));
            Config config = loaded.with(Dashboards.demoToken(loaded, noDashboard ? null : port));
            try (Worker worker = new Worker(config, Pipelines.standard(config), TopologyOptions.all(
                    config.get(PlatformKeys.SPECIALIST_MAX_IN_FLIGHT), config.get(PlatformKeys.SPECIALIST_TIMEOUT_MS),
                    config.get(ProcessorKeys.PIPELINE_VERSION))).start();
                 AutoCloseable dashboard = Dashboards.maybeStart(noDashboard ? null : port, worker)) {
                List<GeneratedDocument> samples = new CorpusGenerator().generate(CorpusSpec.of(20_260_101L, perType));
                Map<String, GeneratedDocument> byId = new LinkedHashMap<>();
                for (GeneratedDocument d : samples) {
                    byId.put("demo-" + run + "-" + d.fileName(), d);
                }
                System.err.printf("submitting %d sample documents (run %d)%n", byId.size(), run);
                Progress progress = Progress.onStderr("demo", byId.size());
                try (ResultWatch watch = new ResultWatch(platform.bootstrapServers(), worker.topics(), byId.keySet(),
                        r -> progress.step())) {
                    submit(platform.bootstrapServers(), worker, byId);
                    boolean all = watch.await(Duration.ofMinutes(10));
                    progress.done(String.format("first start to last result %.1f s", (System.nanoTime() - started) / 1e9));
                    out().println();
                    watch.summary().print(out());
                    if (!all) {
                        out().printf("%d documents had no result after 10 minutes%n", byId.size() - watch.received());
                    }
                }
                if (!exit) {
                    out().println();
                    out().println(noDashboard ? "serving; Ctrl-C to stop"
                            : "dashboard: http://localhost:" + port + "/   (Ctrl-C to stop)");
                    out().println("try: taxstream results --review -b " + platform.bootstrapServers()
                            + " -r " + platform.schemaRegistryUrl());
                    lifecycle.awaitStop();
                }
            }
        } finally {
            lifecycle.closed();
        }
        return 0;
    }

    private static void submit(String bootstrap, Worker worker, Map<String, GeneratedDocument> byId) {
        try (DocumentProducer producer = new DocumentProducer(bootstrap, worker.topics(), Map.of())) {
            byId.forEach((id, d) -> producer.submit(new Submission(id, d.fileName(), d.content(), d.contentType(),
                    d.password(), d.hints(), "demo", 0), null));
            producer.flush();
        }
    }

    /** Each start submits the samples under new ids, so the summary counts this run only. */
    private int nextRun() throws IOException {
        Path counter = data.resolve("runs");
        int run = Files.exists(counter) ? Integer.parseInt(Files.readString(counter, StandardCharsets.UTF_8).trim()) + 1 : 1;
        Files.writeString(counter, Integer.toString(run), StandardCharsets.UTF_8);
        return run;
    }
}
