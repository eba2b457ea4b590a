package io.taxstream.dashboard.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.taxstream.dashboard.stats.ReviewQueue;

/**
 * Gauges of the process and the platform: {@code taxstream_process_rss_bytes},
 * {@code taxstream_memory_limit_bytes}, {@code taxstream_review_queue_documents},
 * {@code taxstream_stream_threads}; and the JVM's own ({@code jvm_*}, {@code process_*}, {@code system_*}).
 */
public final class OpsGauges {

    private OpsGauges() {
    }

    public static void bind(MeterRegistry registry, MemoryMonitor memory, ReviewQueue reviewQueue, StreamThreads threads) {
        Gauge.builder("taxstream.process.rss", () -> MemoryMonitor.residentBytes().orElse(-1)).baseUnit("bytes")
                .description("resident memory of this process").register(registry);
        Gauge.builder("taxstream.memory.limit", () -> memory.snapshot().limit()).baseUnit("bytes")
                .description("the memory limit the dashboard alerts against (0: none)").register(registry);
        Gauge.builder("taxstream.review.queue", reviewQueue::size).baseUnit("documents")
                .description("documents waiting for a reviewer").register(registry);
        Gauge.builder("taxstream.stream.threads", () -> threads.snapshot().threads().size())
                .description("stream threads in this process").register(registry);
    }

    /** Binds the JVM's memory, GC, thread, CPU and uptime metrics; close the result to stop the GC listener. */
    public static AutoCloseable bindJvm(MeterRegistry registry) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        return gc;
    }
}
