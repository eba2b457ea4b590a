package io.taxstream.processors.llm;

/**
 * A failed model request, classified so that the cascade can decide its next step. Messages name
 * the kind and the model, never prompt or document text.
 */
public final class LlmException extends Exception {

    /** What went wrong; each kind says whether the same request may succeed elsewhere or later. */
    public enum Kind {
        /** The model needs more memory than is free ("requires more system memory"): try a smaller model. */
        OUT_OF_MEMORY(true, "error"),
        /** No answer within the timeout: try a faster model. */
        TIMEOUT(true, "timeout"),
        /** The server cannot be reached (connection refused): skip the LLM tiers for a while. */
        OFFLINE(true, "offline"),
        /** The answer is not the JSON asked for: one repair request, then the next tier. */
        INVALID_OUTPUT(true, "invalid"),
        /** The server failed (5xx, overload, broken connection). */
        SERVER_ERROR(true, "error"),
        /** The server does not have the model. */
        MODEL_NOT_FOUND(false, "error"),
        /** The server rejected the request as malformed. */
        BAD_REQUEST(false, "error"),
        /** The calling thread was interrupted (the specialist gave up on the document). */
        INTERRUPTED(false, "error");

        private final boolean retriable;
        private final String outcome;

        Kind(boolean retriable, String outcome) {
            this.retriable = retriable;
            this.outcome = outcome;
        }

        /** Whether the request may succeed on another model or later; false for bad requests and missing models. */
        public boolean retriable() {
            return retriable;
        }

        /** The outcome recorded in a result's {@code attempts}: {@code timeout}, {@code invalid}, {@code offline} or {@code error}. */
        public String outcome() {
            return outcome;
        }

        /** A short name for attempt details and logs, e.g. {@code out-of-memory}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Kind kind;
    private final String model;

    public LlmException(Kind kind, String model, String message) {
        this(kind, model, message, null);
    }

    public LlmException(Kind kind, String model, String message, Throwable cause) {
        super(kind.label() + (model == null ? "" : " from " + model) + (message == null ? "" : ": " + message), cause);
        this.kind = kind;
        this.model = model;
    }

    public Kind kind() {
        return kind;
    }

    public String model() {
        return model;
    }

    public boolean retriable() {
        return kind.retriable();
    }
}
