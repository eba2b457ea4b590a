package io.taxstream.dashboard.llm;

import io.taxstream.dashboard.health.Probe;
import java.util.List;

/** Reports the LLM tiers in {@code /ready}; never required, since the cascade falls back to rules. */
public final class LlmProbe implements Probe {

    private final LlmTierStatus status;

    public LlmProbe(LlmTierStatus status) {
        this.status = status;
    }

    @Override
    public String name() {
        return "llm";
    }

    @Override
    public boolean required() {
        return false;
    }

    @Override
    public ProbeResult check() {
        List<LlmTier> tiers;
        try {
            tiers = status.tiers();
        } catch (RuntimeException e) {
            return new ProbeResult(name(), false, false, "state unavailable: " + e.getClass().getSimpleName());
        }
        if (tiers.isEmpty()) {
            return new ProbeResult(name(), true, false, "not configured");
        }
        long online = tiers.stream().filter(t -> t.state() != LlmTier.State.OFFLINE).count();
        return new ProbeResult(name(), online > 0, false, online + " of " + tiers.size() + " tiers online");
    }
}
