package io.taxstream.topology.dev;

import io.taxstream.avro.DocType;
import io.taxstream.processors.classify.Classification;
import io.taxstream.processors.config.Config;
import io.taxstream.processors.extract.Extraction;
import io.taxstream.processors.fake.FakeOllama;
import io.taxstream.processors.fake.TestDocuments;
import io.taxstream.processors.model.Document;
import io.taxstream.processors.pipeline.DocumentMeta;
import io.taxstream.processors.pipeline.Pipeline;
import io.taxstream.processors.pipeline.Pipelines;
import io.taxstream.topology.processors.SpecialistWorkers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * Throughput of the specialist stage as the topology runs it: {@code Pipeline.extract} (what
 * {@code SpecialistProcessor} calls) on the type's {@link SpecialistWorkers} pool, with the
 * standard pipeline pointed at the fake Ollama server, which answers in 300 ms; model
 * parallelism 4, policy llm-first so every document asks the model. Prints documents per second
 * for several values of {@code specialist.parallelism}.
 *
 * <p>Run from the repository root:
 * <pre>
 * mvn -q -o -pl topology -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/tcp.txt -Dmdep.includeScope=test
 * java -cp "$(cat /tmp/tcp.txt):topology/target/classes:topology/target/test-classes" \\
 *     io.taxstream.topology.dev.SpecialistThroughputBench [documents]
 * </pre>
 */
public final class SpecialistThroughputBench {

    private static final String MODEL = "llama3.2:3b";
    private static final String ANSWER = """
            {"employer_name": "Acme Technologies Pvt Ltd", "employee_name": "Ravi Kumar", "pay_period": "March 2024",
             "gross_earnings": "50,000.00", "total_deductions": "5,000.00", "net_pay": "45,000.00"}""";

    private SpecialistThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        try (FakeOllama fake = FakeOllama.start()) {
            fake.model(MODEL).latency(Duration.ofMillis(300)).answers(ANSWER);
            Pipeline pipeline = Pipelines.standard(Config.of(Map.of("ollama.host", fake.url(), "cascade.policy", "llm-first",
                    "llm.model.parallelism", "4", "classifier.embedding.enabled", "false")));
            Document document = TestDocuments.text(TestDocuments.payslip());
            Classification payslip = new Classification(DocType.PAYSLIP, 0.95, "bench");
            DocumentMeta meta = new DocumentMeta("bench", "bench", "", Instant.now(), Map.of());
            System.out.printf(Locale.ROOT, "fake latency 300 ms, model parallelism 4, %d documents per run%n", documents);
            for (int parallelism : List.of(2, 4, 8)) {
                try (SpecialistWorkers workers = new SpecialistWorkers(parallelism)) {
                    long start = System.nanoTime();
                    List<Future<Extraction>> futures = new ArrayList<>();
                    for (int i = 0; i < documents; i++) {
                        futures.add(workers.forType(DocType.PAYSLIP).submit(() -> pipeline.extract(document, payslip, meta)));
                    }
                    int viaModel = 0;
                    for (Future<Extraction> f : futures) {
                        viaModel += f.get().extractor().contains("ollama:") ? 1 : 0;
                    }
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf(Locale.ROOT, "specialist.parallelism %d: %.2f documents/s (%d of %d through the model)%n",
                            parallelism, documents / seconds, viaModel, documents);
                }
            }
            System.out.printf(Locale.ROOT, "most concurrent requests the model saw: %d%n", fake.model(MODEL).maxConcurrent());
        }
    }
}
