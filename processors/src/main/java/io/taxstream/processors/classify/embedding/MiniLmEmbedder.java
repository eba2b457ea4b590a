package io.taxstream.processors.classify.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The quantized all-MiniLM-L6-v2 sentence embedding model, in process through langchain4j and
 * the ONNX runtime, offline: the model and its tokenizer ship in langchain4j's jar. The ONNX
 * session runs on the calling thread alone: on a small machine shared with stream threads and
 * other classifiers, one thread per call gives steadier latency than a pool that competes for
 * the same cores. Loading takes about a second, so it happens on first use (or on {@link #load()}
 * from a warm-up thread), never when the class is touched. Texts are cut to {@link #MAX_CHARS} so
 * that one request is one pass of the model (it reads 256 word pieces).
 */
public final class MiniLmEmbedder implements TextEmbedder {

    /** About the 256 word pieces the model reads at once. */
    public static final int MAX_CHARS = 1_000;

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

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
                    model = new SingleThreaded(encoder());
                }
                m = model;
            }
        }
        return m;
    }

    private static OnnxBertBiEncoder encoder() {
        try (InputStream onnx = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            return new OnnxBertBiEncoder(env, env.createSession(onnx.readAllBytes(), options), tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the embedding model", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = MiniLmEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("embedding model resource missing from the class path: " + name);
        }
        return in;
    }

    @Override
    public float[] embed(String text) {
        String cut = text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
        float[] v = model().embed(cut.isBlank() ? "empty" : cut).content().vector();
        return Vectors.normalized(v);
    }

    /** langchain4j's in-process model over our own single-threaded session. */
    private static final class SingleThreaded extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        SingleThreaded(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}
