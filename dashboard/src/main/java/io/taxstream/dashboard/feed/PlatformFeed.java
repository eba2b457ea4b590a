package io.taxstream.dashboard.feed;

import io.taxstream.avro.DocumentStatus;
import io.taxstream.avro.ExtractionFeedback;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.topology.Topic;
import io.taxstream.topology.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One small consumer, outside any group, that reads what the platform reports (committed
 * transactions only) and hands it to {@link FeedListener}s: document-status and extractions from
 * a little while back (to fill the charts at start), review and feedback from the beginning (to
 * count the review queue). New partitions are picked up as they appear. A record that cannot be
 * read is skipped with a log line that names its position, never its content.
 */
public final class PlatformFeed implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PlatformFeed.class);
    private static final Duration REFRESH = Duration.ofSeconds(30);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Topics topics;
    private final Duration replay;
    private final List<FeedListener> listeners;
    private final Clock clock;
    private final Thread thread;
    private final Deserializer<DocumentStatus> statuses;
    private final Deserializer<ExtractionResult> results;
    private final Deserializer<ExtractionFeedback> feedback;
    private final Set<TopicPartition> assigned = new HashSet<>();
    private volatile boolean running = true;
    private volatile long position;
    private volatile boolean started;

    public PlatformFeed(String bootstrapServers, Topics topics, Duration replay, List<FeedListener> listeners) {
        this.topics = topics;
        this.replay = replay;
        this.listeners = List.copyOf(listeners);
        this.clock = Clock.systemUTC();
        this.statuses = topics.status().valueSerde().deserializer();
        this.results = topics.extractions().valueSerde().deserializer();
        this.feedback = topics.feedback().valueSerde().deserializer();
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "taxstream-dashboard-feed");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.thread = new Thread(this::run, "taxstream-dashboard-feed");
        thread.setDaemon(true);
    }

    public PlatformFeed start() {
        started = true;
        thread.start();
        return this;
    }

    /** Records handed to the listeners so far. */
    public long position() {
        return position;
    }

    private void run() {
        long nextRefresh = 0;
        try {
            while (running) {
                if (clock.millis() >= nextRefresh) {
                    assignNewPartitions();
                    nextRefresh = clock.millis() + REFRESH.toMillis();
                }
                if (assigned.isEmpty()) {
                    waitForTopics();
                    nextRefresh = 0;
                    continue;
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(250))) {
                    dispatch(r);
                    position++;
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            log.error("the dashboard feed stopped: {}", e.toString());
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void waitForTopics() {
        synchronized (this) {
            try {
                wait(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    private void assignNewPartitions() {
        List<TopicPartition> fresh = new ArrayList<>();
        List<TopicPartition> replayed = new ArrayList<>();
        for (Topic<?, ?> t : List.of(topics.status(), topics.extractions(), topics.review(), topics.feedback())) {
            List<PartitionInfo> infos = consumer.partitionsFor(t.name(), Duration.ofSeconds(10));
            for (PartitionInfo p : infos == null ? List.<PartitionInfo>of() : infos) {
                TopicPartition tp = new TopicPartition(p.topic(), p.partition());
                if (!assigned.contains(tp)) {
                    boolean fromStart = t == topics.review() || t == topics.feedback() || !assigned.isEmpty();
                    (fromStart ? fresh : replayed).add(tp);
                }
            }
        }
        if (fresh.isEmpty() && replayed.isEmpty()) {
            return;
        }
        assigned.addAll(fresh);
        assigned.addAll(replayed);
        consumer.assign(List.copyOf(assigned));
        // never pass an empty list: seekToBeginning/seekToEnd then move every assigned partition
        if (!fresh.isEmpty()) {
            consumer.seekToBeginning(fresh);
        }
        seekToReplayStart(replayed);
    }

    private void seekToReplayStart(List<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        long since = clock.millis() - replay.toMillis();
        Map<TopicPartition, Long> query = new HashMap<>();
        partitions.forEach(tp -> query.put(tp, since));
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query, Duration.ofSeconds(10));
        List<TopicPartition> toEnd = new ArrayList<>();
        for (TopicPartition tp : partitions) {
            OffsetAndTimestamp at = found.get(tp);
            if (at == null) {
                toEnd.add(tp);
            } else {
                consumer.seek(tp, at.offset());
            }
        }
        if (!toEnd.isEmpty()) {
            consumer.seekToEnd(toEnd);
        }
    }

    private void dispatch(ConsumerRecord<String, byte[]> r) {
        if (r.value() == null) {
            return;
        }
        try {
            String topic = r.topic();
            if (topic.equals(topics.status().name())) {
                DocumentStatus s = statuses.deserialize(topic, r.headers(), r.value());
                listeners.forEach(l -> l.onStatus(s));
            } else if (topic.equals(topics.extractions().name()) || topic.equals(topics.review().name())) {
                boolean review = topic.equals(topics.review().name());
                ExtractionResult result = results.deserialize(topic, r.headers(), r.value());
                listeners.forEach(l -> l.onResult(result, review));
            } else if (topic.equals(topics.feedback().name())) {
                ExtractionFeedback f = feedback.deserialize(topic, r.headers(), r.value());
                listeners.forEach(l -> l.onFeedback(f));
            }
        } catch (RuntimeException e) {
            // the exception's message may quote the record; its class and position are enough
            log.warn("dashboard feed skipped {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        running = false;
        if (!started) {
            consumer.close(Duration.ZERO);
            return;
        }
        consumer.wakeup();
        synchronized (this) {
            notifyAll();
        }
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
