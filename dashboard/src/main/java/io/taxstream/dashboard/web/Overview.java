package io.taxstream.dashboard.web;

import io.taxstream.dashboard.llm.LlmTier;
import io.taxstream.dashboard.ops.LagSnapshot;
import io.taxstream.dashboard.web.OverviewSnapshot.GroupRow;
import io.taxstream.dashboard.web.OverviewSnapshot.LagView;
import io.taxstream.dashboard.web.OverviewSnapshot.LlmView;
import io.taxstream.dashboard.web.OverviewSnapshot.PartitionRow;
import java.time.Clock;
import java.util.List;

/** Builds the overview from its sources; every source answers from memory, so this is cheap. */
public final class Overview {

    private static final int RECENT = 50;

    private final OverviewSources sources;
    private final Clock clock;

    public Overview(OverviewSources sources) {
        this(sources, Clock.systemUTC());
    }

    Overview(OverviewSources sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    public OverviewSnapshot snapshot() {
        return new OverviewSnapshot(clock.millis(), sources.instance().get(), sources.throughput().snapshot(),
                sources.latencies().snapshot(), lag(sources.lag().latest()), sources.scaling().advise(),
                sources.memory().snapshot(), sources.threads().snapshot(), llm(), sources.reviewQueue().size(),
                sources.recent().latest(RECENT));
    }

    private static LagView lag(LagSnapshot snapshot) {
        List<GroupRow> groups = snapshot.groups().stream()
                .map(g -> new GroupRow(g.group(), g.total(), g.members(), g.instances(), g.partitions().stream()
                        .map(p -> new PartitionRow(p.topic(), p.partition(), p.committed(), p.end(), p.lag())).toList()))
                .toList();
        return new LagView(snapshot.total(), snapshot.error(), snapshot.at(), groups);
    }

    private LlmView llm() {
        try {
            List<LlmTier> tiers = sources.llm().tiers();
            return new LlmView(!tiers.isEmpty(), tiers, null);
        } catch (RuntimeException e) {
            return new LlmView(true, List.of(), "tier state unavailable: " + e.getClass().getSimpleName());
        }
    }
}
