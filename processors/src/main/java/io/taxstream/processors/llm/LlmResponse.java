package io.taxstream.processors.llm;

/**
 * A model's answer.
 *
 * @param text         the answer (JSON when the request carried a schema)
 * @param millis       how long the request took
 * @param promptTokens tokens the prompt took, when the server says
 * @param outputTokens tokens of the answer, when the server says
 * @param doneReason   why the model stopped ({@code stop}, {@code length}), when the server says
 */
public record LlmResponse(String text, long millis, Integer promptTokens, Integer outputTokens, String doneReason) {

    /** Whether the model was cut off by the output bound rather than finishing. */
    public boolean truncated() {
        return "length".equals(doneReason);
    }
}
