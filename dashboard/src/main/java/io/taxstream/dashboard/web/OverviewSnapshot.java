package io.taxstream.dashboard.web;

import io.taxstream.dashboard.feed.DocumentSummary;
import io.taxstream.dashboard.llm.LlmTier;
import io.taxstream.dashboard.ops.MemoryMonitor.MemoryView;
import io.taxstream.dashboard.ops.ScalingAdvice;
import io.taxstream.dashboard.ops.StreamThreads.ThreadsView;
import io.taxstream.dashboard.stats.Latencies.LatencyView;
import io.taxstream.dashboard.stats.Throughput.ThroughputView;
import java.util.List;

/**
 * What the overview page shows at one moment; pushed to open pages and served at {@code /api/overview}.
 *
 * @param at          epoch milliseconds
 * @param instance    this instance
 * @param throughput  documents per second per type
 * @param latency     p50/p95 per type
 * @param lag         consumer lag
 * @param scaling     replica recommendations per group
 * @param memory      heap and resident memory, with alerts
 * @param threads     stream threads and their tasks
 * @param llm         LLM tiers
 * @param reviewQueue documents waiting for a reviewer
 * @param recent      the documents updated most recently
 */
public record OverviewSnapshot(long at, OverviewSources.InstanceView instance, ThroughputView throughput,
                               List<LatencyView> latency, LagView lag, List<ScalingAdvice> scaling, MemoryView memory,
                               ThreadsView threads, LlmView llm, int reviewQueue, List<DocumentSummary> recent) {

    /**
     * @param total  records waiting over every group
     * @param error  why the last reading failed, or null
     * @param at     when it was read
     * @param groups per group
     */
    public record LagView(long total, String error, long at, List<GroupRow> groups) {
    }

    /** One consumer group's lag, with its partitions. */
    public record GroupRow(String group, long total, int members, int instances, List<PartitionRow> partitions) {
    }

    /** One partition's lag. */
    public record PartitionRow(String topic, int partition, long committed, long end, long lag) {
    }

    /**
     * @param configured whether any tier is configured
     * @param tiers      the tiers, primary first
     * @param error      why their state is unknown, or null
     */
    public record LlmView(boolean configured, List<LlmTier> tiers, String error) {
    }
}
