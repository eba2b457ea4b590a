package io.taxstream.processors.llm;

import java.time.Duration;
import java.util.function.Function;

/**
 * How the LLM extractor asks its models.
 *
 * @param timeout         longest one request may take
 * @param seed            sampling seed
 * @param maxContext      largest {@code num_ctx}; longer documents are split by page
 * @param maxOutputTokens {@code num_predict}
 * @param maxOutputChars  a longer answer is invalid output
 * @param keepAlive       {@code keep_alive} of each model
 */
public record LlmSettings(Duration timeout, int seed, int maxContext, int maxOutputTokens, int maxOutputChars,
                          Function<String, String> keepAlive) {

    /** The defaults of {@link LlmDefaults}, with a 16k context cap. */
    public static LlmSettings defaults() {
        return new LlmSettings(LlmDefaults.TIMEOUT, LlmDefaults.SEED, 16_384, LlmDefaults.MAX_OUTPUT_TOKENS, 24_000,
                m -> LlmDefaults.KEEP_ALIVE);
    }

    public LlmSettings withTimeout(Duration value) {
        return new LlmSettings(value, seed, maxContext, maxOutputTokens, maxOutputChars, keepAlive);
    }

    public LlmSettings withMaxContext(int value) {
        return new LlmSettings(timeout, seed, value, maxOutputTokens, maxOutputChars, keepAlive);
    }

    public LlmSettings withKeepAlive(Function<String, String> value) {
        return new LlmSettings(timeout, seed, maxContext, maxOutputTokens, maxOutputChars, value);
    }
}
