package io.taxstream.processors.dev;

import io.taxstream.avro.DocType;
import io.taxstream.processors.classify.Classification;
import io.taxstream.processors.classify.Classifier;
import io.taxstream.processors.classify.KeywordClassifier;
import io.taxstream.processors.classify.TieredClassifier;
import io.taxstream.processors.classify.embedding.ClassifierText;
import io.taxstream.processors.classify.embedding.EmbeddingClassifier;
import io.taxstream.processors.classify.embedding.MiniLmEmbedder;
import io.taxstream.processors.config.LlmKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Classification accuracy per tier on the development corpus (corpus seed 42, the generator's
 * default), and the embedding tier's latency after warm-up. Prints figures; asserts nothing. Run
 * from the repository root with the test class path (see {@code CascadeThroughputBench});
 * arguments: [perType, or holdout for the holdout corpus's layouts] [seed] [keyword bar] [embedding floor].
 */
public final class ClassifierEval {

    private ClassifierEval() {
    }

    public static void main(String[] args) {
        boolean holdout = args.length > 0 && args[0].startsWith("holdout");
        int perType = args.length > 0 && !holdout ? Integer.parseInt(args[0]) : holdout ? 2 : 10;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        List<CorpusDocuments.Labelled> corpus = holdout ? CorpusDocuments.holdout(seed, perType)
                : CorpusDocuments.generate(seed, perType);
        KeywordClassifier keywords = new KeywordClassifier();
        EmbeddingClassifier embedding = EmbeddingClassifier.standard();
        embedding.warmUpAsync().join();
        double kwSure = args.length > 2 ? Double.parseDouble(args[2]) : LlmKeys.KEYWORD_SURE.defaultValue();
        double embSure = LlmKeys.EMBEDDING_SURE.defaultValue();
        double floor = args.length > 3 ? Double.parseDouble(args[3]) : LlmKeys.EMBEDDING_FLOOR.defaultValue();
        TieredClassifier tiered = new TieredClassifier(List.of(new TieredClassifier.Tier(keywords, kwSure),
                new TieredClassifier.Tier(embedding, embSure, floor)));
        System.out.printf(Locale.ROOT, "%s corpus: seed %d, %d documents%n", holdout ? "holdout" : "development", seed,
                corpus.size());
        report("keywords alone", keywords, corpus);
        report("embedding alone", embedding, corpus);
        report("tiered keywords(" + kwSure + ") -> embedding(" + embSure + ", floor " + floor + ")", tiered, corpus);
        latency(embedding, corpus);
    }

    private static void report(String name, Classifier classifier, List<CorpusDocuments.Labelled> corpus) {
        int right = 0;
        Map<String, Integer> byTier = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (CorpusDocuments.Labelled l : corpus) {
            Classification c = classifier.classify(l.document());
            byTier.merge(c.classifier(), 1, Integer::sum);
            if (c.type() == l.type()) {
                right++;
            } else {
                wrong.add(String.format(Locale.ROOT, "%s: %s as %s (%.2f by %s)", l.name(), l.type(), c.type(),
                        c.confidence(), c.classifier()));
            }
        }
        System.out.printf(Locale.ROOT, "%-40s accuracy %.3f (%d/%d), decided by %s%n", name,
                (double) right / corpus.size(), right, corpus.size(), byTier);
        wrong.forEach(w -> System.out.println("    wrong: " + w));
    }

    private static void latency(EmbeddingClassifier embedding, List<CorpusDocuments.Labelled> corpus) {
        List<String> texts = corpus.stream().map(l -> ClassifierText.of(l.document(), MiniLmEmbedder.MAX_CHARS)).toList();
        for (int i = 0; i < 20; i++) {
            embedding.classify(texts.get(i % texts.size()));
        }
        long[] nanos = new long[Math.max(200, texts.size())];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            embedding.classify(texts.get(i % texts.size()));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "embedding tier latency after warm-up over %d classifications: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                nanos.length, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6,
                nanos[nanos.length - 1] / 1e6);
    }
}
