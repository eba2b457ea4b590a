package io.taxstream.processors.dev;

import io.taxstream.avro.DocType;
import io.taxstream.processors.cascade.CascadeSpecialist;
import io.taxstream.processors.cascade.LlmTiers;
import io.taxstream.processors.classify.Classification;
import io.taxstream.processors.config.Config;
import io.taxstream.processors.extract.Extraction;
import io.taxstream.processors.extract.RulesSpecialist;
import io.taxstream.processors.fake.FakeOllama;
import io.taxstream.processors.fake.TestDocuments;
import io.taxstream.processors.model.Document;
import io.taxstream.processors.pipeline.Pipelines;
import io.taxstream.processors.validate.ContractValidator;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Throughput of the specialist stage against the fake Ollama server: every document goes to the
 * model (llm-first), the fake answers in 300 ms, the model's parallelism is 4, and documents run
 * on a fixed worker pool like the topology's {@code SpecialistWorkers} (one per type). Prints
 * documents per second for each pool size.
 *
 * <p>Run from the repository root:
 * <pre>
 * mvn -q -o -pl processors -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp "$(cat /tmp/cp.txt):processors/target/classes:processors/target/test-classes" \
 *     io.taxstream.processors.dev.CascadeThroughputBench [documents] [latencyMs] [parallelism]
 * </pre>
 */
public final class CascadeThroughputBench {

    private static final String MODEL = "llama3.2:3b";
    private static final String ANSWER = """
            {"employer_name": "Acme Technologies Pvt Ltd", "employee_name": "Ravi Kumar", "pay_period": "March 2024",
             "gross_earnings": "50,000.00", "total_deductions": "5,000.00", "net_pay": "45,000.00"}""";

    private CascadeThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int latency = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int parallelism = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        try (FakeOllama fake = FakeOllama.start()) {
            fake.model(MODEL).latency(Duration.ofMillis(latency)).answers(ANSWER);
            CascadeSpecialist cascade = LlmTiers.fromConfig(Config.of(Map.of("ollama.host", fake.url(),
                    "cascade.policy", "llm-first", "llm.model.parallelism", String.valueOf(parallelism))),
                    new RulesSpecialist(Pipelines.extractors()), new ContractValidator(), Clock.systemUTC()).specialist();
            Document document = TestDocuments.text(TestDocuments.payslip());
            Classification payslip = new Classification(DocType.PAYSLIP, 0.95, "bench");
            run(cascade, document, payslip, 4, 8);
            System.out.printf(Locale.ROOT, "fake latency %d ms, model parallelism %d, %d documents per run%n",
                    latency, parallelism, documents);
            for (int workers : List.of(2, 4, 8)) {
                long start = System.nanoTime();
                int ok = run(cascade, document, payslip, workers, documents);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "worker threads %2d: %.2f documents/s (%d of %d through the model)%n",
                        workers, documents / seconds, ok, documents);
            }
            System.out.printf(Locale.ROOT, "most concurrent requests the model saw: %d%n", fake.model(MODEL).maxConcurrent());
        }
    }

    private static int run(CascadeSpecialist cascade, Document document, Classification c, int workers, int documents)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Extraction>> futures = new ArrayList<>();
            for (int i = 0; i < documents; i++) {
                futures.add(pool.submit(() -> cascade.extract(document, c, Map.of())));
            }
            int ok = 0;
            for (Future<Extraction> f : futures) {
                ok += f.get().extractor().contains("ollama:") ? 1 : 0;
            }
            return ok;
        } finally {
            pool.shutdownNow();
        }
    }
}
