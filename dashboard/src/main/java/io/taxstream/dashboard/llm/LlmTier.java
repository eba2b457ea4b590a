package io.taxstream.dashboard.llm;

import java.util.List;

/**
 * One LLM tier of the cascade as the dashboard shows it.
 *
 * @param name     the tier, e.g. {@code primary}, {@code secondary}
 * @param endpoint where its model server is, e.g. {@code http://ollama:11434} (no credentials)
 * @param state    whether it answers
 * @param models   the models loaded on its server, with their memory
 * @param detail   a short remark (last error, configured model), never document content
 */
public record LlmTier(String name, String endpoint, State state, List<LoadedModel> models, String detail) {

    public LlmTier {
        models = List.copyOf(models);
    }

    /** Whether a tier can take work. */
    public enum State { ONLINE, DEGRADED, OFFLINE }
}
