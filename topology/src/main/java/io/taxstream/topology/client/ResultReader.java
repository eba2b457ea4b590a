package io.taxstream.topology.client;

import io.taxstream.avro.ExtractionResult;
import io.taxstream.topology.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads results (committed transactions only) from the start of the extractions and/or review
 * topics, without a consumer group: up to their current end, or on and on when following.
 */
public final class ResultReader implements AutoCloseable {

    private final KafkaConsumer<String, ExtractionResult> consumer;

    public ResultReader(String bootstrapServers, List<Topic<String, ExtractionResult>> topics) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Topic<String, ExtractionResult> first = topics.get(0);
        this.consumer = new KafkaConsumer<>(props, first.keySerde().deserializer(), first.valueSerde().deserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (Topic<String, ExtractionResult> t : topics) {
            for (PartitionInfo p : consumer.partitionsFor(t.name(), Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(p.topic(), p.partition()));
            }
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /**
     * Hands every result to {@code sink}; stops at the end of the topics unless {@code follow},
     * and whenever {@code stop} says so.
     */
    public void read(boolean follow, BooleanSupplier stop, Consumer<ExtractionResult> sink) {
        Map<TopicPartition, Long> end = follow ? Map.of() : consumer.endOffsets(consumer.assignment());
        while (!stop.getAsBoolean()) {
            for (ConsumerRecord<String, ExtractionResult> r : consumer.poll(Duration.ofMillis(200))) {
                if (r.value() != null) {
                    sink.accept(r.value());
                }
            }
            if (!follow && reached(end)) {
                return;
            }
        }
    }

    private boolean reached(Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
