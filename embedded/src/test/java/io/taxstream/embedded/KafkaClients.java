package io.taxstream.embedded;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import static org.awaitility.Awaitility.await;

/** Small client helpers for the integration tests. */
final class KafkaClients {

    private KafkaClients() {
    }

    static KafkaProducer<String, String> stringProducer(final String bootstrap, final String transactionalId) {
        return producer(bootstrap, transactionalId, new StringSerializer(), new StringSerializer());
    }

    static <K, V> KafkaProducer<K, V> producer(final String bootstrap, final String transactionalId,
            final Serializer<K> keys, final Serializer<V> values) {
        final Map<String, Object> config = new java.util.HashMap<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
            ProducerConfig.MAX_REQUEST_SIZE_CONFIG, EmbeddedKafka.MAX_MESSAGE_BYTES,
            ProducerConfig.ACKS_CONFIG, "all"));
        if (transactionalId != null) {
            config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        }
        return new KafkaProducer<>(config, keys, values);
    }

    static KafkaConsumer<String, String> readCommitted(final String bootstrap) {
        return consumer(bootstrap, new StringDeserializer(), new StringDeserializer());
    }

    static <K, V> KafkaConsumer<K, V> consumer(final String bootstrap, final Deserializer<K> keys,
            final Deserializer<V> values) {
        return new KafkaConsumer<>(Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
            ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), keys, values);
    }

    static KafkaConsumer<byte[], byte[]> bytesConsumer(final String bootstrap) {
        return consumer(bootstrap, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    static KafkaProducer<byte[], byte[]> bytesProducer(final String bootstrap) {
        return producer(bootstrap, null, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Polls until at least {@code count} records arrived (or Awaitility's timeout). */
    static <K, V> List<ConsumerRecord<K, V>> pollAtLeast(final KafkaConsumer<K, V> consumer, final String topic,
            final int count) {
        consumer.subscribe(List.of(topic));
        final List<ConsumerRecord<K, V>> records = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            return records.size() >= count;
        });
        return records;
    }
}
