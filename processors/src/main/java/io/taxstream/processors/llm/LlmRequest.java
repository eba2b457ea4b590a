package io.taxstream.processors.llm;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * One request to a language model, independent of the server that answers it.
 *
 * @param model           the model's name, e.g. {@code phi3:mini}
 * @param system          the system prompt (instructions)
 * @param prompt          the user prompt (the document)
 * @param schema          JSON schema the answer must follow, or null for free text
 * @param numCtx          context window to load the model with, in tokens
 * @param maxOutputTokens the most tokens the model may answer with
 * @param temperature     sampling temperature (0 for extraction)
 * @param seed            sampling seed, so that a repeated request gives the same answer
 * @param keepAlive       how long the server keeps the model loaded afterwards, e.g. {@code 10m}
 * @param timeout         longest the request may take
 */
public record LlmRequest(String model, String system, String prompt, Map<String, Object> schema, int numCtx,
                         int maxOutputTokens, double temperature, int seed, String keepAlive, Duration timeout) {

    public LlmRequest {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(timeout, "timeout");
        if (numCtx < 1 || maxOutputTokens < 1) {
            throw new IllegalArgumentException("numCtx and maxOutputTokens must be positive");
        }
    }

    /** A builder starting from {@link LlmDefaults}. */
    public static Builder builder(String model) {
        return new Builder(model);
    }

    /** This request with another model (a smaller or faster one). */
    public LlmRequest withModel(String other) {
        return new LlmRequest(other, system, prompt, schema, numCtx, maxOutputTokens, temperature, seed, keepAlive, timeout);
    }

    /** This request with another system prompt (a repair request). */
    public LlmRequest withSystem(String other) {
        return new LlmRequest(model, other, prompt, schema, numCtx, maxOutputTokens, temperature, seed, keepAlive, timeout);
    }

    /** Builds a request; every value not set comes from {@link LlmDefaults}. */
    public static final class Builder {

        private final String model;
        private String system = "";
        private String prompt = "";
        private Map<String, Object> schema;
        private int numCtx = LlmDefaults.NUM_CTX;
        private int maxOutputTokens = LlmDefaults.MAX_OUTPUT_TOKENS;
        private double temperature = LlmDefaults.TEMPERATURE;
        private int seed = LlmDefaults.SEED;
        private String keepAlive = LlmDefaults.KEEP_ALIVE;
        private Duration timeout = LlmDefaults.TIMEOUT;

        private Builder(String model) {
            this.model = model;
        }

        public Builder system(String value) {
            this.system = value;
            return this;
        }

        public Builder prompt(String value) {
            this.prompt = value;
            return this;
        }

        public Builder schema(Map<String, Object> value) {
            this.schema = value;
            return this;
        }

        public Builder numCtx(int value) {
            this.numCtx = value;
            return this;
        }

        public Builder maxOutputTokens(int value) {
            this.maxOutputTokens = value;
            return this;
        }

        public Builder temperature(double value) {
            this.temperature = value;
            return this;
        }

        public Builder seed(int value) {
            this.seed = value;
            return this;
        }

        public Builder keepAlive(String value) {
            this.keepAlive = value;
            return this;
        }

        public Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        public LlmRequest build() {
            return new LlmRequest(model, system, prompt, schema, numCtx, maxOutputTokens, temperature, seed, keepAlive, timeout);
        }
    }
}
