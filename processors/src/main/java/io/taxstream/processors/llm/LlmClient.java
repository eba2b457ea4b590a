package io.taxstream.processors.llm;

/**
 * A language model server behind a neutral interface: the cascade and the classifier depend on
 * this, never on a client library. Implementations are thread-safe.
 */
public interface LlmClient {

    /**
     * Sends one request and waits for the whole answer.
     *
     * @throws LlmException whatever went wrong, classified so the caller can decide the next step
     */
    LlmResponse generate(LlmRequest request) throws LlmException;
}
