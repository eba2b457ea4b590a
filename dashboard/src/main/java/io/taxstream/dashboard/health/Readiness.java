package io.taxstream.dashboard.health;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Runs the probes and decides readiness: every required probe passes. Results are reused for a
 * short while, so that frequent probing by an orchestrator does not load the cluster.
 */
public final class Readiness {

    private static final Duration REUSE = Duration.ofSeconds(2);

    private final List<Probe> probes;
    private final Clock clock;
    private ReadinessView last;
    private long lastAt;

    public Readiness(List<Probe> probes) {
        this(probes, Clock.systemUTC());
    }

    Readiness(List<Probe> probes, Clock clock) {
        this.probes = List.copyOf(probes);
        this.clock = clock;
    }

    public synchronized ReadinessView check() {
        long now = clock.millis();
        if (last == null || now - lastAt > REUSE.toMillis()) {
            List<Probe.ProbeResult> results = probes.stream().map(Probe::check).toList();
            boolean ready = results.stream().allMatch(r -> r.ok() || !r.required());
            last = new ReadinessView(ready, results);
            lastAt = now;
        }
        return last;
    }

    /**
     * @param ready  whether every required probe passed
     * @param checks each probe's result
     */
    public record ReadinessView(boolean ready, List<Probe.ProbeResult> checks) {
    }
}
