package io.taxstream.app;

import io.taxstream.dashboard.llm.LlmTier;
import io.taxstream.dashboard.llm.LlmTierStatus;
import io.taxstream.dashboard.llm.LoadedModel;
import io.taxstream.processors.cascade.CascadeSpecialist;
import io.taxstream.processors.config.Config;
import io.taxstream.processors.config.LlmKeys;
import io.taxstream.processors.models.ModelsState;
import io.taxstream.processors.pipeline.Pipeline;
import java.util.List;
import java.util.Locale;

/**
 * The cascade's model manager as the dashboard shows it: a primary and a secondary tier, each
 * online when the server answers and one of its models is there, with the loaded models and
 * their memory. Reads state the manager already holds; never calls the model server.
 */
final class LlmTiersView {

    private LlmTiersView() {
    }

    static LlmTierStatus of(Pipeline pipeline, Config config) {
        if (!(pipeline.specialist() instanceof CascadeSpecialist cascade)) {
            return LlmTierStatus.NOT_CONFIGURED;
        }
        String endpoint = config.get(LlmKeys.OLLAMA_HOST);
        return () -> {
            ModelsState state = cascade.state();
            return List.of(tier("primary", endpoint, state), tier("secondary", endpoint, state));
        };
    }

    private static LlmTier tier(String role, String endpoint, ModelsState state) {
        List<ModelsState.ModelStatus> mine = state.models().stream()
                .filter(m -> m.roles().stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).contains(role)))
                .toList();
        List<LoadedModel> loaded = mine.stream().filter(ModelsState.ModelStatus::loaded)
                .map(m -> new LoadedModel(m.name(), m.sizeBytes(), 0)).toList();
        boolean available = mine.stream().anyMatch(ModelsState.ModelStatus::available);
        LlmTier.State s = !state.online() ? LlmTier.State.OFFLINE : available ? LlmTier.State.ONLINE : LlmTier.State.DEGRADED;
        String detail = "circuit " + state.circuit().state().name().toLowerCase(Locale.ROOT) + "; models "
                + String.join(", ", mine.stream().map(ModelsState.ModelStatus::name).distinct().toList());
        return new LlmTier(role, endpoint, s, loaded, detail);
    }
}
