package io.taxstream.processors.bench;

import io.taxstream.avro.ExtractionResult;
import io.taxstream.processors.config.Config;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.pipeline.DocumentMeta;
import io.taxstream.processors.pipeline.Pipeline;
import io.taxstream.processors.pipeline.Pipelines;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * What {@code taxstream extract} spends on one document after warm-up: load (PDFBox), layout,
 * classification, rules extraction and validation of a 3-page Form 16 (TRACES Part A and B) and
 * of a payslip. Run: {@code java -cp <processors test classpath> io.taxstream.processors.bench.ExtractBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractBenchmark {

    private Pipeline pipeline;
    private byte[] form16;
    private byte[] payslip;

    @Setup
    public void setUp() throws IOException {
        pipeline = Pipelines.standard(Config.defaults());
        form16 = read("/golden/form-16/case-03.pdf");
        payslip = read("/golden/payslip/case-01.pdf");
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = ExtractBenchmark.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    private ExtractionResult extract(byte[] content) {
        return pipeline.process(new DocumentMeta("bench", "bench.pdf", "", Instant.EPOCH, Map.of()), DocumentInput.of(content));
    }

    @Benchmark
    public ExtractionResult form16ThreePages() {
        return extract(form16);
    }

    @Benchmark
    public ExtractionResult payslip() {
        return extract(payslip);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(ExtractBenchmark.class.getSimpleName()).build()).run();
    }
}
