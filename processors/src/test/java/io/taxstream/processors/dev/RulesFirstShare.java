package io.taxstream.processors.dev;

import io.taxstream.avro.Attempt;
import io.taxstream.avro.DocType;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.processors.config.Config;
import io.taxstream.processors.pipeline.DocumentMeta;
import io.taxstream.processors.pipeline.Pipeline;
import io.taxstream.processors.pipeline.Pipelines;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many documents the rules-first cascade settles without a model: runs the standard pipeline
 * on a corpus with no model server and counts, per type, the documents whose attempts include the
 * model tier. Run like {@code CascadeThroughputBench}; arguments: [perType or holdout] [seed].
 */
public final class RulesFirstShare {

    private RulesFirstShare() {
    }

    public static void main(String[] args) throws IOException {
        boolean holdout = args.length > 0 && args[0].startsWith("holdout");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Pipeline pipeline = Pipelines.standard(Config.of(Map.of("ollama.host", "http://127.0.0.1:" + closed)));
        Map<DocType, int[]> counts = new TreeMap<>();
        for (CorpusDocuments.Labelled l : holdout ? CorpusDocuments.holdout(seed, 2)
                : CorpusDocuments.generate(seed, args.length > 0 ? Integer.parseInt(args[0]) : 10)) {
            var c = pipeline.classify(l.document());
            var meta = new DocumentMeta(l.name(), l.name(), "", Instant.now(), Map.of());
            ExtractionResult r = pipeline.finish(meta, c, l.document().pageCount(), pipeline.extract(l.document(), c, meta));
            boolean model = r.getAttempts().stream().map(Attempt::getTier).anyMatch("ollama"::equals);
            int[] n = counts.computeIfAbsent(l.type(), t -> new int[2]);
            n[0]++;
            n[1] += model ? 1 : 0;
        }
        int all = 0;
        int asked = 0;
        for (Map.Entry<DocType, int[]> e : counts.entrySet()) {
            System.out.printf(Locale.ROOT, "%-22s %3d documents, %3d would ask a model%n", e.getKey(), e.getValue()[0],
                    e.getValue()[1]);
            all += e.getValue()[0];
            asked += e.getValue()[1];
        }
        System.out.printf(Locale.ROOT, "rules-first settles %d of %d documents (%.0f%%) without a model%n", all - asked, all,
                100.0 * (all - asked) / all);
    }
}
