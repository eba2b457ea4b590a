package io.taxstream.dashboard.llm;

import java.util.List;

/**
 * The state of the LLM tiers, for the dashboard and {@code /ready} (reported there, never
 * required). The model manager implements it, or an adapter over its readable state object does
 * (a lambda is enough). Implementations answer from state they already hold: the dashboard calls
 * this every refresh and must never wait on a model server.
 *
 * <pre>{@code
 * LlmTierStatus status = () -> manager.state().tiers().stream()
 *         .map(t -> new LlmTier(t.name(), t.endpoint(), t.online() ? LlmTier.State.ONLINE : LlmTier.State.OFFLINE,
 *                 t.loaded().stream().map(m -> new LoadedModel(m.name(), m.sizeBytes(), m.vramBytes())).toList(),
 *                 t.lastError()))
 *         .toList();
 * }</pre>
 */
@FunctionalInterface
public interface LlmTierStatus {

    /** Until the LLM tiers are wired in: no tiers, shown as "not configured". */
    LlmTierStatus NOT_CONFIGURED = List::of;

    /** The tiers in cascade order (primary first); empty when none is configured. */
    List<LlmTier> tiers();
}
