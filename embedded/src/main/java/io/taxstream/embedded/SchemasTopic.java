package io.taxstream.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taxstream.serde.CompatibilityLevel;
import io.taxstream.serde.InMemorySchemaRegistry;
import io.taxstream.serde.RegisteredSchema;
import io.taxstream.serde.SchemaRegistryException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.avro.Schema;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's store: a compacted, single-partition topic of JSON records shaped like Confluent's
 * ({@code {"keytype":"SCHEMA","subject":..,"version":..}} → {@code {"subject","version","id","schema"}},
 * {@code {"keytype":"CONFIG","subject":..}} → {@code {"compatibilityLevel":..}}). As a
 * {@link InMemorySchemaRegistry.Journal} it writes each change and waits for the broker's ack before
 * the change is applied; {@link #replay} loads everything stored so far.
 */
final class SchemasTopic implements InMemorySchemaRegistry.Journal, AutoCloseable {

    static final String TOPIC = "_schemas";
    private static final Logger log = LoggerFactory.getLogger(SchemasTopic.class);
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration REPLAY_TIMEOUT = Duration.ofSeconds(120);

    private final ObjectMapper json = new ObjectMapper();
    private final String bootstrapServers;
    private final KafkaProducer<byte[], byte[]> producer;

    SchemasTopic(final String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
            ProducerConfig.CLIENT_ID_CONFIG, "embedded-schema-registry",
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
            ProducerConfig.LINGER_MS_CONFIG, 0),
            new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Loads every stored change into the registry; returns how many records were read. */
    int replay(final InMemorySchemaRegistry registry) {
        final TopicPartition partition = new TopicPartition(TOPIC, 0);
        int count = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "embedded-schema-registry-replay",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            final long end = consumer.endOffsets(List.of(partition), WRITE_TIMEOUT).get(partition);
            final long deadline = System.nanoTime() + REPLAY_TIMEOUT.toNanos();
            while (consumer.position(partition, WRITE_TIMEOUT) < end) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Replay of topic " + TOPIC + " on " + bootstrapServers
                        + " did not reach offset " + end + " within " + REPLAY_TIMEOUT);
                }
                for (final ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    apply(registry, record.key(), record.value());
                    count++;
                }
            }
        }
        return count;
    }

    @Override
    public void schemaRegistered(final RegisteredSchema registration) {
        final ObjectNode key = json.createObjectNode().put("keytype", "SCHEMA")
            .put("subject", registration.subject()).put("version", registration.version()).put("magic", 1);
        final ObjectNode value = json.createObjectNode().put("subject", registration.subject())
            .put("version", registration.version()).put("id", registration.id())
            .put("schema", registration.schema().toString());
        write(key, value, "subject '" + registration.subject() + "'");
        log.info("Registered schema id {} as version {} of subject '{}'", registration.id(), registration.version(),
            registration.subject());
    }

    @Override
    public void compatibilitySet(final String subject, final CompatibilityLevel level) {
        final ObjectNode key = json.createObjectNode().put("keytype", "CONFIG").put("subject", subject)
            .put("magic", 0);
        write(key, json.createObjectNode().put("compatibilityLevel", level.name()),
            subject == null ? "the global config" : "the config of subject '" + subject + "'");
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    private void write(final JsonNode key, final JsonNode value, final String what) {
        try {
            producer.send(new ProducerRecord<>(TOPIC, bytes(key), bytes(value)))
                .get(WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new SchemaRegistryException(SchemaRegistryException.STORE_ERROR,
                "Cannot store " + what + " in topic " + TOPIC + " on " + bootstrapServers, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException(SchemaRegistryException.STORE_ERROR,
                "Interrupted while storing " + what + " in topic " + TOPIC, e);
        }
    }

    private void apply(final InMemorySchemaRegistry registry, final byte[] keyBytes, final byte[] valueBytes) {
        try {
            final JsonNode key = json.readTree(keyBytes);
            if (valueBytes == null) {
                return;
            }
            final JsonNode value = json.readTree(valueBytes);
            switch (key.path("keytype").asText()) {
                case "SCHEMA" -> registry.load(new RegisteredSchema(value.get("subject").asText(),
                    value.get("version").asInt(), value.get("id").asInt(),
                    new Schema.Parser().parse(value.get("schema").asText())));
                case "CONFIG" -> registry.loadCompatibility(key.path("subject").isTextual()
                    ? key.get("subject").asText() : null,
                    CompatibilityLevel.parse(value.get("compatibilityLevel").asText()));
                default -> log.warn("Skipping a record of unknown key type in {}: {}", TOPIC, key.path("keytype"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable record in topic " + TOPIC, e);
        }
    }

    private byte[] bytes(final JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
