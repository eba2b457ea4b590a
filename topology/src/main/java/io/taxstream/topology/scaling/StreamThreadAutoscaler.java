package io.taxstream.topology.scaling;

import io.taxstream.topology.scaling.ThreadScalingPolicy.Decision;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds and removes stream threads at run time ({@link KafkaStreams#addStreamThread()},
 * {@link KafkaStreams#removeStreamThread(Duration)}) from the lag of the specialist topics'
 * partitions assigned to this instance, as {@link ThreadScalingPolicy} decides. Only this
 * instance's partitions count, so several instances scale side by side without counting each
 * other's backlog. Checks run on one daemon thread and are skipped while the instance rebalances.
 */
public final class StreamThreadAutoscaler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StreamThreadAutoscaler.class);
    private static final Duration REMOVE_TIMEOUT = Duration.ofMinutes(1);

    /** Reads how many records wait on some partitions for this application's group. */
    @FunctionalInterface
    public interface LagReader {
        long lag(Collection<TopicPartition> partitions);
    }

    private final KafkaStreams streams;
    private final LagReader lagReader;
    private final Set<String> topics;
    private final ThreadScalingPolicy policy;
    private final Duration interval;
    private final ScheduledExecutorService executor;
    private volatile AutoscalerStatus status;

    /**
     * @param streams   the running instance
     * @param lagReader lag of a set of partitions for the instance's group
     * @param topics    the specialist topics whose lag counts
     * @param policy    when to add or remove threads
     * @param interval  time between checks
     */
    public StreamThreadAutoscaler(KafkaStreams streams, LagReader lagReader, Set<String> topics,
                                  ThreadScalingPolicy policy, Duration interval) {
        this.streams = streams;
        this.lagReader = lagReader;
        this.topics = Set.copyOf(topics);
        this.policy = policy;
        this.interval = interval;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "taxstream-autoscaler");
            t.setDaemon(true);
            return t;
        });
        this.status = new AutoscalerStatus(0, policy.min(), policy.max(), 0, Decision.HOLD, null, null);
    }

    /** Starts checking every interval. */
    public StreamThreadAutoscaler start() {
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(this::checkSafely, millis, millis, TimeUnit.MILLISECONDS);
        return this;
    }

    /** The last check's view. */
    public AutoscalerStatus status() {
        return status;
    }

    private void checkSafely() {
        try {
            check();
        } catch (RuntimeException e) {
            log.warn("autoscaler check failed, will try again: {}", e.getMessage());
        }
    }

    /** One check: read the lag, ask the policy, act. */
    void check() {
        if (streams.state() != KafkaStreams.State.RUNNING) {
            return;
        }
        Set<TopicPartition> mine = new HashSet<>();
        int threads = 0;
        for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
            threads++;
            thread.activeTasks().forEach(task -> task.topicPartitions().stream()
                    .filter(tp -> topics.contains(tp.topic())).forEach(mine::add));
        }
        long lag = mine.isEmpty() ? 0 : lagReader.lag(mine);
        Decision decision = policy.next(lag, threads);
        Instant now = Instant.now();
        Instant lastChange = status.lastChange();
        if (decision == Decision.ADD) {
            var added = streams.addStreamThread();
            log.info("specialist lag {} over {} stream threads: {}", lag, threads,
                    added.map(name -> "added " + name).orElse("could not add a thread"));
            threads += added.isPresent() ? 1 : 0;
            lastChange = added.isPresent() ? now : lastChange;
        } else if (decision == Decision.REMOVE) {
            var removed = streams.removeStreamThread(REMOVE_TIMEOUT);
            log.info("specialist lag {} over {} stream threads: {}", lag, threads,
                    removed.map(name -> "removed " + name).orElse("could not remove a thread"));
            threads -= removed.isPresent() ? 1 : 0;
            lastChange = removed.isPresent() ? now : lastChange;
        }
        status = new AutoscalerStatus(threads, policy.min(), policy.max(), lag, decision, lastChange, now);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(REMOVE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
