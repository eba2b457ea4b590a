package io.taxstream.app;

import io.taxstream.corpus.BenchmarkDocuments;
import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.embedded.EmbeddedPlatform;
import io.taxstream.processors.config.Config;
import io.taxstream.processors.config.ProcessorKeys;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.pipeline.DocumentMeta;
import io.taxstream.processors.pipeline.Pipeline;
import io.taxstream.processors.pipeline.Pipelines;
import io.taxstream.topology.TopologyOptions;
import io.taxstream.topology.Worker;
import io.taxstream.topology.client.DocumentProducer;
import io.taxstream.topology.client.Submission;
import io.taxstream.topology.config.PlatformKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code taxstream bench}: documents per second through the real broker, beside PDFBox text extraction alone. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure documents/s through the embedded broker, beside PDFBox alone.", "", "Generates N mixed 2-3 page PDFs and measures, in one run: PDFBox text extraction alone, the extraction pipeline without Kafka, and the whole platform through an embedded broker with exactly-once."})
final class BenchCommand extends PrintingCommand {

    @Option(names = {"-n", "--documents"}, paramLabel = "N", description = "documents (default: ${DEFAULT-VALUE})")
    int documents = 300;

    @Option(names = "--seed", description = "generator seed (default: ${DEFAULT-VALUE})")
    long seed = 42;


    @Override
    public Integer call() throws Exception {
        System.err.printf("generating %d documents ...%n", documents);
        List<GeneratedDocument> docs = BenchmarkDocuments.mixed(seed, documents);
        double pdfbox = rate(docs.size(), () -> pdfboxOnly(docs), 2);
        Config base = configOptions.load(Map.of());
        Pipeline pipeline = Pipelines.standard(base);
        double local = rate(docs.size(), () -> pipelineOnly(pipeline, docs), 2);
        double kafka = throughBroker(docs);
        out().printf(Locale.ROOT, "%n%d documents of 2-3 pages, %d cores%n", docs.size(), Runtime.getRuntime().availableProcessors());
        out().printf(Locale.ROOT, "PDFBox text extraction only (1 thread):        %8.1f documents/s%n", pdfbox);
        out().printf(Locale.ROOT, "taxstream pipeline without Kafka (1 thread):   %8.1f documents/s%n", local);
        out().printf(Locale.ROOT, "taxstream through the embedded broker (EOS):   %8.1f documents/s%n", kafka);
        out().printf(Locale.ROOT, "ratio broker / PDFBox-only:                    %8.2f%n", kafka / pdfbox);
        return 0;
    }

    /** Documents per second of the best of {@code rounds} timed rounds (the first warms up the JIT). */
    private static double rate(int n, ThrowingRunnable round, int rounds) throws Exception {
        double best = 0;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            round.run();
            best = Math.max(best, n / ((System.nanoTime() - start) / 1e9));
        }
        return best;
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static void pdfboxOnly(List<GeneratedDocument> docs) throws IOException {
        long chars = 0;
        for (GeneratedDocument d : docs) {
            try (PDDocument pdf = Loader.loadPDF(d.content())) {
                chars += new PDFTextStripper().getText(pdf).length();
            }
        }
        if (chars == 0) {
            throw new IllegalStateException("no text extracted");
        }
    }

    private static void pipelineOnly(Pipeline pipeline, List<GeneratedDocument> docs) {
        for (GeneratedDocument d : docs) {
            pipeline.process(new DocumentMeta(d.fileName(), d.fileName(), "", Instant.now(), d.hints()),
                    new DocumentInput(d.content(), d.contentType(), d.password(), d.hints()));
        }
    }

    private double throughBroker(List<GeneratedDocument> docs) throws Exception {
        Path dir = Files.createTempDirectory("taxstream-bench");
        System.err.println("starting the embedded platform in " + dir + " ...");
        try (EmbeddedPlatform platform = EmbeddedPlatform.start(dir.resolve("platform"))) {
            Config config = configOptions.load(Map.of(
                    PlatformKeys.BOOTSTRAP_SERVERS.name(), platform.bootstrapServers(),
                    PlatformKeys.SCHEMA_REGISTRY_URL.name(), platform.schemaRegistryUrl(),
                    PlatformKeys.STATE_DIR.name(), dir.resolve("streams").toString(),
                    PlatformKeys.APPLICATION_ID.name(), "taxstream-bench"));
            try (Worker worker = new Worker(config, Pipelines.standard(config), TopologyOptions.all(
                    config.get(PlatformKeys.SPECIALIST_MAX_IN_FLIGHT), config.get(PlatformKeys.SPECIALIST_TIMEOUT_MS),
                    config.get(ProcessorKeys.PIPELINE_VERSION))).start()) {
                awaitRunning(worker);
                Map<String, GeneratedDocument> byId = new LinkedHashMap<>();
                for (GeneratedDocument d : docs) {
                    byId.put("bench-" + d.fileName(), d);
                }
                Progress progress = Progress.onStderr("bench", byId.size());
                try (ResultWatch watch = new ResultWatch(platform.bootstrapServers(), worker.topics(), byId.keySet(), r -> progress.step());
                     DocumentProducer producer = new DocumentProducer(platform.bootstrapServers(), worker.topics(), Map.of())) {
                    long start = System.nanoTime();
                    byId.forEach((id, d) -> producer.submit(new Submission(id, d.fileName(), d.content(), d.contentType(),
                            d.password(), d.hints(), "bench", 0), null));
                    producer.flush();
                    if (!watch.await(Duration.ofMinutes(15))) {
                        throw new IllegalStateException("only " + watch.received() + " of " + byId.size() + " results arrived");
                    }
                    double seconds = (System.nanoTime() - start) / 1e9;
                    progress.done("");
                    return byId.size() / seconds;
                }
            }
        }
    }

    private static void awaitRunning(Worker worker) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (worker.streams().state() != org.apache.kafka.streams.KafkaStreams.State.RUNNING) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the streams did not start within 2 minutes");
            }
            Thread.sleep(50);
        }
    }
}
