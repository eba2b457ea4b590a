package io.taxstream.processors.llm;

import java.time.Duration;

/**
 * The defaults of every LLM request and client, in one place. Configuration keys
 * ({@link io.taxstream.processors.config.LlmKeys}) override them per deployment.
 */
public final class LlmDefaults {

    /** Ollama's address when nothing else is said. */
    public static final String HOST = "http://localhost:11434";
    /** Longest one request may take; ollama4j's own default (10 s) is too short for a CPU. */
    public static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** Extraction wants the most likely answer, the same each time. */
    public static final double TEMPERATURE = 0.0;
    /** Fixed so that a request repeated after an aborted transaction gives the same answer. */
    public static final int SEED = 42;
    /** Context window when a request does not size its own. */
    public static final int NUM_CTX = 2048;
    /** Bound on the answer's length in tokens. */
    public static final int MAX_OUTPUT_TOKENS = 1536;
    /** How long Ollama keeps a model loaded after a request. */
    public static final String KEEP_ALIVE = "10m";
    /** Invalid JSON gets this many repair requests before the cascade moves on. */
    public static final int REPAIR_RETRIES = 1;

    private LlmDefaults() {
    }
}
