package io.taxstream.processors.models;

import io.taxstream.processors.cascade.CircuitBreaker;
import java.time.Instant;
import java.util.List;

/**
 * The model manager's view, for the dashboard and {@code /health}: whether the LLM tiers are
 * online, the circuit breaker, memory, and every configured model.
 *
 * @param online            whether the last contact with the server succeeded and the circuit is closed
 * @param circuit           the circuit breaker's state
 * @param memoryBudgetBytes memory models may fill
 * @param memoryUsedBytes   memory the loaded models take
 * @param refreshedAt       when the server was last asked, or null
 * @param models            each configured model's state
 */
public record ModelsState(boolean online, CircuitBreaker.Snapshot circuit, long memoryBudgetBytes, long memoryUsedBytes,
                          Instant refreshedAt, List<ModelStatus> models) {

    public ModelsState {
        models = List.copyOf(models);
    }

    /**
     * One model.
     *
     * @param name        its name
     * @param roles       e.g. {@code form16 primary}
     * @param available   whether the server has it
     * @param loaded      whether it is in memory
     * @param sizeBytes   its size (on disk, or in memory when loaded), 0 when unknown
     * @param parallelism requests it serves at once
     * @param inFlight    requests it is serving now
     * @param keepAlive   its {@code keep_alive}
     * @param lastUsed    when it last answered for us, or null
     */
    public record ModelStatus(String name, List<String> roles, boolean available, boolean loaded, long sizeBytes,
                              int parallelism, int inFlight, String keepAlive, Instant lastUsed) {
    }
}
