package io.taxstream.processors.llm;

import io.taxstream.processors.extract.Extraction;
import io.taxstream.processors.extract.TierAttempt;
import java.util.List;

/**
 * What asking one model about one document gave: a grounded extraction, or the failure that
 * decides the cascade's next step; with every request made recorded as an attempt.
 *
 * @param model      the model asked
 * @param extraction the grounded extraction, or null when the model failed
 * @param attempts   one per request (a repair request is a second attempt)
 * @param failure    why the model failed, or null
 */
public record ModelRun(String model, Extraction extraction, List<TierAttempt> attempts, LlmException failure) {

    public ModelRun {
        attempts = List.copyOf(attempts);
    }

    public boolean succeeded() {
        return failure == null;
    }
}
