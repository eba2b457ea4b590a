package io.taxstream.processors.dev;

import io.taxstream.processors.classify.embedding.EmbeddingClassifier;
import io.taxstream.processors.classify.embedding.LabelledExamples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Latency of the embedding classifier tier after warm-up: classifies document openings (the
 * shipped examples' texts, up to 1,000 characters each) one after another and prints the
 * percentiles, with the machine's load average, since other processes on a 2-core machine
 * move the figure. Run like {@code CascadeThroughputBench}; arguments: [calls] [warm-up calls].
 */
public final class EmbeddingLatencyBench {

    private EmbeddingLatencyBench() {
    }

    public static void main(String[] args) throws IOException {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        List<String> texts = LabelledExamples.shipped().stream().map(LabelledExamples.Example::text).toList();
        long loadStart = System.nanoTime();
        EmbeddingClassifier classifier = EmbeddingClassifier.standard();
        classifier.warmUpAsync().join();
        System.out.printf(Locale.ROOT, "model loaded in %.0f ms%n", (System.nanoTime() - loadStart) / 1e6);
        for (int i = 0; i < warmUp; i++) {
            classifier.classify(texts.get(i % texts.size()));
        }
        String loadBefore = load();
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            classifier.classify(texts.get(i % texts.size()));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "embedding tier, %d classifications after %d warm-up: p50 %.1f ms, p95 %.1f ms,"
                        + " p99 %.1f ms, max %.1f ms (load average before %s, after %s)%n", calls, warmUp,
                nanos[calls / 2] / 1e6, nanos[(int) (calls * 0.95)] / 1e6, nanos[(int) (calls * 0.99)] / 1e6,
                nanos[calls - 1] / 1e6, loadBefore, load());
    }

    private static String load() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.exists(loadavg) ? Files.readString(loadavg).split(" ")[0] : "n/a";
    }
}
