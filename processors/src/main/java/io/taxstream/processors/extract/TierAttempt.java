package io.taxstream.processors.extract;

/**
 * One step of the cascade, as recorded in a result's {@code attempts}.
 *
 * @param tier    {@code rules}, {@code ollama}, ...
 * @param model   the model asked, or null for non-LLM tiers
 * @param outcome {@code ok | timeout | invalid | error | skipped | incomplete}
 * @param millis  how long it took
 * @param detail  a short reason, or null; never document text
 */
public record TierAttempt(String tier, String model, String outcome, long millis, String detail) {
}
