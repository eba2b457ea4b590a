package io.taxstream.dashboard.stats;

import io.taxstream.avro.DocType;
import io.taxstream.avro.DocumentStatus;
import io.taxstream.dashboard.feed.FeedListener;
import io.taxstream.dashboard.feed.Stages;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * End-to-end latency (submission to final stage) per document type over a recent window, with
 * exact percentiles of the samples it holds.
 */
public final class Latencies implements FeedListener {

    private static final int MAX_SAMPLES = 5000;

    private final long windowMillis;
    private final Clock clock;
    private final Map<DocType, ArrayDeque<long[]>> samples = new EnumMap<>(DocType.class);

    public Latencies(Duration window, Clock clock) {
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    @Override
    public void onStatus(DocumentStatus s) {
        if (Stages.isFinal(s.getStage())) {
            add(s.getDocType() == null ? DocType.UNKNOWN : s.getDocType(), s.getAt().toEpochMilli(), s.getMillis());
        }
    }

    synchronized void add(DocType type, long atMillis, long millis) {
        ArrayDeque<long[]> q = samples.computeIfAbsent(type, t -> new ArrayDeque<>());
        q.addLast(new long[] {atMillis, millis});
        while (q.size() > MAX_SAMPLES) {
            q.removeFirst();
        }
    }

    /** p50 and p95 per type that has samples in the window. */
    public synchronized List<LatencyView> snapshot() {
        long from = clock.millis() - windowMillis;
        List<LatencyView> out = new ArrayList<>();
        samples.forEach((type, q) -> {
            q.removeIf(s -> s[0] < from);
            if (!q.isEmpty()) {
                long[] sorted = q.stream().mapToLong(s -> s[1]).toArray();
                Arrays.sort(sorted);
                out.add(new LatencyView(type.name(), percentile(sorted, 0.50), percentile(sorted, 0.95), sorted.length));
            }
        });
        return out;
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /**
     * @param docType the type
     * @param p50Ms   median milliseconds from submission to result
     * @param p95Ms   95th percentile
     * @param samples documents measured
     */
    public record LatencyView(String docType, long p50Ms, long p95Ms, int samples) {
    }
}
