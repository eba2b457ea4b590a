package io.taxstream.dashboard.web;

import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.taxstream.dashboard.SafeText;
import io.taxstream.dashboard.access.ApiError;
import io.taxstream.dashboard.ops.ScalingAdvisor;
import java.util.Map;

/** {@code /api/scaling} for autoscalers and {@code /metrics} for Prometheus. */
public final class OpsHandler {

    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final ScalingAdvisor scaling;
    private final PrometheusMeterRegistry registry;

    public OpsHandler(ScalingAdvisor scaling, PrometheusMeterRegistry registry) {
        this.scaling = scaling;
        this.registry = registry;
    }

    public void scaling(Context ctx) {
        var policy = scaling.policy();
        ctx.json(Map.of("groups", scaling.advise(),
                "formula", "ceil(lag / (rate_per_replica * drain_seconds)) within [min_replicas, max_replicas]",
                "drain_seconds", policy.drainSeconds(), "min_replicas", policy.minReplicas(),
                "max_replicas", policy.maxReplicas()));
    }

    /** One group's advice alone, e.g. for KEDA's metrics-api scaler ({@code valueLocation: recommended_replicas}). */
    public void scalingOfGroup(Context ctx) {
        String group = ctx.pathParam("group");
        ctx.json(scaling.advise().stream().filter(a -> a.group().equals(group)).findFirst()
                .orElseThrow(() -> ApiError.of(404, "no watched consumer group called " + SafeText.text(group)
                        + " (see dashboard.lag.groups)")));
    }

    public void metrics(Context ctx) {
        scaling.advise(); // refreshes the scaling gauges from the latest lag reading
        ctx.contentType(PROMETHEUS_TEXT).result(registry.scrape());
    }
}
