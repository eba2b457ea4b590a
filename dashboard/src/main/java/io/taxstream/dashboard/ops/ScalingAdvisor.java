package io.taxstream.dashboard.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.taxstream.topology.ops.GroupLag;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the latest lag reading into a replica recommendation per consumer group, and publishes it
 * as {@code taxstream_scaling_recommended_replicas{group}}, {@code taxstream_scaling_lag_records{group}}
 * and {@code taxstream_scaling_rate{group}} for an HPA or KEDA scaler.
 */
public final class ScalingAdvisor {

    private final LagSource lag;
    private final ScalingPolicy policy;
    private final MultiGauge replicasGauge;
    private final MultiGauge lagGauge;
    private final MultiGauge rateGauge;

    public ScalingAdvisor(LagSource lag, ScalingPolicy policy, MeterRegistry registry) {
        this.lag = lag;
        this.policy = policy;
        this.replicasGauge = MultiGauge.builder("taxstream.scaling.recommended.replicas")
                .description("replicas that would work off the group's lag within the target drain time").register(registry);
        this.lagGauge = MultiGauge.builder("taxstream.scaling.lag").baseUnit("records")
                .description("records the group has not processed yet").register(registry);
        this.rateGauge = MultiGauge.builder("taxstream.scaling.rate")
                .description("records per second the group processed recently").register(registry);
    }

    /** Advice for every watched group, from the latest lag reading. */
    public List<ScalingAdvice> advise() {
        LagSnapshot snapshot = lag.latest();
        List<ScalingAdvice> out = new ArrayList<>();
        for (GroupLag g : snapshot.groups()) {
            Double rate = snapshot.rates().get(g.group());
            boolean measured = rate != null && rate > 0 && g.instances() > 0;
            double perReplica = measured ? rate / g.instances() : policy.assumedRatePerReplica();
            long total = g.total();
            out.add(new ScalingAdvice(g.group(), total, rate == null ? 0 : rate, g.instances(), perReplica, measured,
                    policy.drainSeconds(), policy.recommend(total, perReplica), policy.minReplicas(), policy.maxReplicas()));
        }
        publish(out);
        return out;
    }

    public ScalingPolicy policy() {
        return policy;
    }

    private void publish(List<ScalingAdvice> advice) {
        replicasGauge.register(advice.stream().map(a -> MultiGauge.Row.of(Tags.of("group", a.group()), a.recommendedReplicas()))
                .map(r -> (MultiGauge.Row<?>) r).toList(), true);
        lagGauge.register(advice.stream().map(a -> MultiGauge.Row.of(Tags.of("group", a.group()), a.lag()))
                .map(r -> (MultiGauge.Row<?>) r).toList(), true);
        rateGauge.register(advice.stream().map(a -> MultiGauge.Row.of(Tags.of("group", a.group()), a.ratePerSecond()))
                .map(r -> (MultiGauge.Row<?>) r).toList(), true);
    }
}
