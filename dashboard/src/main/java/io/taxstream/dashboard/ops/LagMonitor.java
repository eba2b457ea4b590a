package io.taxstream.dashboard.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.taxstream.topology.ops.ConsumerLag;
import io.taxstream.topology.ops.GroupLag;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the lag of the watched consumer groups on a schedule, keeps the latest reading and the
 * committed-offset history that gives each group's processing rate, and publishes
 * {@code taxstream_consumer_lag_records{group,topic,partition}}.
 */
public final class LagMonitor implements LagSource, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LagMonitor.class);

    private final ConsumerLag lag;
    private final Supplier<List<String>> groups;
    private final Duration interval;
    private final long rateWindowMillis;
    private final Clock clock;
    private final MultiGauge gauge;
    private final Map<String, ArrayDeque<long[]>> history = new HashMap<>();
    private final ScheduledExecutorService executor;
    private volatile LagSnapshot latest = LagSnapshot.empty();
    private String lastError;

    /**
     * @param lag        reads lag from the cluster
     * @param groups     the groups to watch, asked at every read
     * @param interval   time between reads
     * @param rateWindow span over which processing rates are measured
     * @param registry   where the lag gauges go
     */
    public LagMonitor(ConsumerLag lag, Supplier<List<String>> groups, Duration interval, Duration rateWindow,
                      MeterRegistry registry) {
        this.lag = lag;
        this.groups = groups;
        this.interval = interval;
        this.rateWindowMillis = rateWindow.toMillis();
        this.clock = Clock.systemUTC();
        this.gauge = MultiGauge.builder("taxstream.consumer.lag").baseUnit("records")
                .description("records between a group's committed offset and the partition's end").register(registry);
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "taxstream-dashboard-lag");
            t.setDaemon(true);
            return t;
        });
    }

    public LagMonitor start() {
        executor.scheduleWithFixedDelay(this::read, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    @Override
    public LagSnapshot latest() {
        return latest;
    }

    /** One reading; failures are kept in the snapshot and logged once per distinct message. */
    void read() {
        try {
            List<GroupLag> read = new ArrayList<>();
            for (String group : groups.get()) {
                read.add(lag.of(group));
            }
            long now = clock.millis();
            Map<String, Double> rates = new HashMap<>();
            for (GroupLag g : read) {
                rate(g.group(), now, g.committed()).ifPresent(r -> rates.put(g.group(), r));
            }
            latest = new LagSnapshot(read, rates, null, now);
            publish(read);
            lastError = null;
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (!message.equals(lastError)) {
                log.warn("cannot read consumer lag: {}", message);
            }
            lastError = message;
            LagSnapshot previous = latest;
            latest = new LagSnapshot(previous.groups(), previous.rates(), message, previous.at());
        }
    }

    private Optional<Double> rate(String group, long now, long committed) {
        ArrayDeque<long[]> points = history.computeIfAbsent(group, g -> new ArrayDeque<>());
        points.addLast(new long[] {now, committed});
        while (points.size() > 2 && points.peekFirst()[0] < now - rateWindowMillis) {
            points.removeFirst();
        }
        long[] first = points.peekFirst();
        if (first[0] == now) {
            return Optional.empty();
        }
        double seconds = (now - first[0]) / 1000.0;
        return Optional.of(Math.max(0, committed - first[1]) / seconds);
    }

    private void publish(List<GroupLag> read) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (GroupLag g : read) {
            g.partitions().forEach(p -> rows.add(MultiGauge.Row.of(
                    Tags.of("group", g.group(), "topic", p.topic(), "partition", Integer.toString(p.partition())), p.lag())));
        }
        gauge.register(rows, true);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
