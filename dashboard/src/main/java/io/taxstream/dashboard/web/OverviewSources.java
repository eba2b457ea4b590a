package io.taxstream.dashboard.web;

import io.taxstream.dashboard.feed.RecentDocuments;
import io.taxstream.dashboard.llm.LlmTierStatus;
import io.taxstream.dashboard.ops.LagSource;
import io.taxstream.dashboard.ops.MemoryMonitor;
import io.taxstream.dashboard.ops.ScalingAdvisor;
import io.taxstream.dashboard.ops.StreamThreads;
import io.taxstream.dashboard.stats.Latencies;
import io.taxstream.dashboard.stats.ReviewQueue;
import io.taxstream.dashboard.stats.Throughput;
import java.util.function.Supplier;

/**
 * Everything the overview shows, each from its own source.
 *
 * @param instance    which instance this is and its state
 * @param throughput  documents per second per type
 * @param latencies   end-to-end latency per type
 * @param lag         consumer lag per group
 * @param scaling     replica recommendations
 * @param memory      heap and resident memory
 * @param threads     stream threads and tasks
 * @param llm         LLM tiers
 * @param reviewQueue documents waiting for review
 * @param recent      documents moving through the stages
 */
public record OverviewSources(Supplier<InstanceView> instance, Throughput throughput, Latencies latencies, LagSource lag,
                              ScalingAdvisor scaling, MemoryMonitor memory, StreamThreads threads, LlmTierStatus llm,
                              ReviewQueue reviewQueue, RecentDocuments recent) {

    /**
     * @param applicationId the platform's application.id
     * @param role          {@code worker} (a worker runs in this process) or {@code standalone}
     * @param server        application.server, empty when not set
     */
    public record InstanceView(String applicationId, String role, String server) {
    }
}
