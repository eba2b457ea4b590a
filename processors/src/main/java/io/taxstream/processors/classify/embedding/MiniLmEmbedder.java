package io.taxstream.processors.classify.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The quantized all-MiniLM-L6-v2 sentence embedding model, in process through langchain4j and
 * the ONNX runtime, offline: the model and its tokenizer ship in the jar. Loading takes about a
 * second, so it happens on first use (or on {@link #load()} from a warm-up thread), never when
 * the class is touched. Texts are cut to {@link #MAX_CHARS} so that one request is one pass of
 * the model (it reads 256 word pieces).
 */
public final class MiniLmEmbedder implements TextEmbedder {

    /** About the 256 word pieces the model reads at once. */
    public static final int MAX_CHARS = 1_000;

    private volatile EmbeddingModel model;

    /** Loads the model now, if it is not loaded yet. */
    public MiniLmEmbedder load() {
        model();
        return this;
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    // DJL, under the tokenizer, may report usage when it believes it runs in a cloud; never
                    System.setProperty("OPT_OUT_TRACKING", "true");
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                }
                m = model;
            }
        }
        return m;
    }

    @Override
    public float[] embed(String text) {
        String cut = text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
        float[] v = model().embed(cut.isBlank() ? "empty" : cut).content().vector();
        return Vectors.normalized(v);
    }
}
