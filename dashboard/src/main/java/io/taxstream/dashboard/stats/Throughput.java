package io.taxstream.dashboard.stats;

import io.taxstream.avro.DocType;
import io.taxstream.avro.DocumentStatus;
import io.taxstream.dashboard.feed.FeedListener;
import io.taxstream.dashboard.feed.Stages;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Documents finished per type, counted in fixed time buckets over a sliding window, from the
 * final stage events (completed or answered from the cache) by the time they happened.
 */
public final class Throughput implements FeedListener {

    /** Rates are reported over this recent span. */
    static final Duration CURRENT = Duration.ofSeconds(30);

    private final long bucketMillis;
    private final int buckets;
    private final Clock clock;
    /** How far ahead another instance's clock may run before its events are taken for nonsense. */
    private static final long MAX_CLOCK_SKEW_MILLIS = 10_000;
    private final TreeMap<Long, long[]> counts = new TreeMap<>();

    /**
     * @param bucket width of one bucket
     * @param window span the chart shows
     * @param clock  time source
     */
    public Throughput(Duration bucket, Duration window, Clock clock) {
        this.bucketMillis = bucket.toMillis();
        this.buckets = (int) Math.max(1, window.toMillis() / bucketMillis);
        this.clock = clock;
    }

    @Override
    public void onStatus(DocumentStatus s) {
        if (Stages.isFinal(s.getStage())) {
            add(s.getDocType() == null ? DocType.UNKNOWN : s.getDocType(), s.getAt().toEpochMilli());
        }
    }

    synchronized void add(DocType type, long atMillis) {
        long now = clock.millis();
        if (atMillis > now + MAX_CLOCK_SKEW_MILLIS) {
            return;
        }
        long current = now / bucketMillis;
        // another instance's clock may run a little ahead: its events count in the current bucket
        long bucket = Math.min(atMillis / bucketMillis, current);
        long oldest = current - buckets + 1;
        if (bucket < oldest) {
            return;
        }
        counts.computeIfAbsent(bucket, b -> new long[DocType.values().length])[type.ordinal()]++;
        counts.headMap(oldest).clear();
    }

    /** Rates per type per bucket over the window, oldest first, and the current rates. */
    public synchronized ThroughputView snapshot() {
        long now = clock.millis();
        long last = now / bucketMillis;
        long first = last - buckets + 1;
        counts.headMap(first).clear();
        double seconds = bucketMillis / 1000.0;
        Map<String, double[]> series = new TreeMap<>();
        Map<String, Double> current = new TreeMap<>();
        long currentFrom = now - CURRENT.toMillis();
        Map<DocType, Long> recent = new EnumMap<>(DocType.class);
        for (DocType type : DocType.values()) {
            double[] rates = new double[buckets];
            boolean any = false;
            for (Map.Entry<Long, long[]> e : counts.subMap(first, true, last, true).entrySet()) {
                long n = e.getValue()[type.ordinal()];
                if (n > 0) {
                    any = true;
                    rates[(int) (e.getKey() - first)] = n / seconds;
                    if ((e.getKey() + 1) * bucketMillis > currentFrom) {
                        recent.merge(type, n, Long::sum);
                    }
                }
            }
            if (any) {
                series.put(type.name(), rates);
                current.put(type.name(), recent.getOrDefault(type, 0L) / (double) CURRENT.toSeconds());
            }
        }
        double total = current.values().stream().mapToDouble(Double::doubleValue).sum();
        return new ThroughputView(bucketMillis / 1000, first * bucketMillis, series, current, total);
    }

    /**
     * @param bucketSeconds width of a bucket
     * @param startMillis   start of the first bucket
     * @param series        documents per second in each bucket, per type that had any
     * @param current       documents per second over the last 30 seconds, per type
     * @param total         the current rates summed
     */
    public record ThroughputView(long bucketSeconds, long startMillis, Map<String, double[]> series,
                                 Map<String, Double> current, double total) {
    }
}
