package io.taxstream.processors.classify.embedding;

import io.taxstream.processors.classify.Classification;
import io.taxstream.processors.classify.Classifier;
import io.taxstream.processors.classify.embedding.LabelledExamples.Example;
import io.taxstream.processors.model.Document;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The fast classifier tier: a document's opening embedded in process by the quantized
 * all-MiniLM-L6-v2 model, and classified by a logistic head trained on the embeddings of the
 * shipped labelled examples. Every class is several layouts (a TRACES Form 16 and a vendor's look
 * nothing alike) and the openings share much (employer, address, employee), so a head that learns
 * which directions separate the classes does better than distances: on the development corpus
 * one centroid per class classified 0.86, the nearest example 0.93, the logistic head 0.99. The
 * model, the example vectors and the head are made on first use, or by {@link #warmUpAsync()}
 * off the hot path. Thread-safe.
 */
public final class EmbeddingClassifier implements Classifier {

    /** The name this classifier gives in {@link Classification#classifier()}. */
    public static final String NAME = "embedding";

    /** The head trained on the shipped examples, shipped beside them so that a start embeds no examples. */
    public static final String HEAD_RESOURCE = "/io/taxstream/processors/classify/embedding/head.tsv";

    private final TextEmbedder embedder;
    private final List<Example> examples;
    private volatile LogisticHead head;
    private volatile boolean warm;

    /** A classifier that trains its head from the examples on first use. */
    public EmbeddingClassifier(TextEmbedder embedder, List<Example> examples) {
        this(embedder, examples, null);
    }

    private EmbeddingClassifier(TextEmbedder embedder, List<Example> examples, LogisticHead head) {
        if (head == null && examples.stream().map(Example::type).distinct().count() < 2) {
            throw new IllegalArgumentException("the embedding classifier needs examples of at least two classes");
        }
        this.embedder = embedder;
        this.examples = List.copyOf(examples);
        this.head = head;
    }

    /** A new classifier over the shipped model and the shipped head (trained from the examples when it is missing). */
    public static EmbeddingClassifier standard() {
        LogisticHead shipped = shippedHead();
        return shipped != null ? new EmbeddingClassifier(new MiniLmEmbedder(), List.of(), shipped)
                : new EmbeddingClassifier(new MiniLmEmbedder(), LabelledExamples.shipped());
    }

    /** A classifier over the shipped model that trains a new head from the shipped examples. */
    public static EmbeddingClassifier trainedFromExamples() {
        return new EmbeddingClassifier(new MiniLmEmbedder(), LabelledExamples.shipped());
    }

    private static LogisticHead shippedHead() {
        try (java.io.InputStream in = EmbeddingClassifier.class.getResourceAsStream(HEAD_RESOURCE)) {
            if (in == null) {
                return null;
            }
            return LogisticHead.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The trained head as text, for the resource {@link #HEAD_RESOURCE}. */
    public String headText() {
        return head().write();
    }

    /** The classifier over the shipped model and examples, one per process (the model is immutable). */
    public static EmbeddingClassifier shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final EmbeddingClassifier INSTANCE = standard();
    }

    /** Loads the model (and trains the head, when none was shipped) on a background thread. */
    public CompletableFuture<Void> warmUpAsync() {
        if (warm) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> {
            head();
            embedder.embed("warm up");
            warm = true;
        }, r -> {
            Thread t = new Thread(r, "embedding-warm-up");
            t.setDaemon(true);
            t.start();
        });
    }

    @Override
    public Classification classify(Document document) {
        return classify(ClassifierText.of(document, MiniLmEmbedder.MAX_CHARS));
    }

    /** Classifies a document's opening text. */
    public Classification classify(String text) {
        LogisticHead h = head();
        double[] p = h.predict(embedder.embed(text));
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return new Classification(h.classes()[best], Math.min(1.0, p[best]), NAME);
    }

    private LogisticHead head() {
        LogisticHead h = head;
        if (h == null) {
            synchronized (this) {
                if (head == null) {
                    List<float[]> vectors = examples.stream().map(e -> embedder.embed(e.text())).toList();
                    head = LogisticHead.train(vectors, examples.stream().map(Example::type).toList());
                }
                h = head;
            }
        }
        return h;
    }
}
