package io.taxstream.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.DocType;
import io.taxstream.avro.ModelStats;
import io.taxstream.avro.RawDocument;
import io.taxstream.serde.ConfluentAvroSerde;
import io.taxstream.serde.RegistryClientConfig;
import io.taxstream.serde.RestSchemaRegistryClient;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serde through the real broker and registry, and the whole platform across a restart. */
class EmbeddedPlatformIT {

    @TempDir
    Path dir;

    @Test
    void shouldRoundTripAvroRecordsThroughBrokerAndRegistry() {
        try (EmbeddedPlatform platform = EmbeddedPlatform.start(dir)) {
            platform.createTopics(new NewTopic("documents.raw", 2, (short) 1));
            final RawDocument document = document(3 * 1024 * 1024);
            final ConfluentAvroSerde<RawDocument> serde = new ConfluentAvroSerde<>(RawDocument.class);
            serde.configure(Map.of(RegistryClientConfig.URL_CONFIG, platform.schemaRegistryUrl()), false);
            send(platform, "documents.raw", "doc-1", document, serde);

            try (KafkaConsumer<String, RawDocument> consumer = KafkaClients.consumer(platform.bootstrapServers(),
                    new StringDeserializer(), serde.deserializer())) {
                final ConsumerRecord<String, RawDocument> read =
                    KafkaClients.pollAtLeast(consumer, "documents.raw", 1).get(0);
                assertThat(read.key()).isEqualTo("doc-1");
                assertThat(read.value()).isEqualTo(document);
            }
            assertThat(new RestSchemaRegistryClient(platform.schemaRegistryUrl()).latest("documents.raw-value").schema())
                .isEqualTo(RawDocument.getClassSchema());
        }
    }

    @Test
    void shouldKeepTopicsDataAndSchemaIdsAcrossARestart() {
        final int statsId;
        try (EmbeddedPlatform platform = EmbeddedPlatform.start(dir)) {
            platform.createTopics(new NewTopic("model-stats", 1, (short) 1));
            final RestSchemaRegistryClient registry = new RestSchemaRegistryClient(platform.schemaRegistryUrl());
            registry.register("padding-value", org.apache.avro.Schema.create(org.apache.avro.Schema.Type.STRING));
            send(platform, "model-stats", "k", stats(), new ConfluentAvroSerde<>(ModelStats.class, registry));
            statsId = registry.latest("model-stats-value").id();
        }
        try (EmbeddedPlatform platform = EmbeddedPlatform.start(dir)) {
            final RestSchemaRegistryClient registry = new RestSchemaRegistryClient(platform.schemaRegistryUrl());
            assertThat(registry.latest("model-stats-value").id()).isEqualTo(statsId);
            assertThat(registry.versions("padding-value")).containsExactly(1);
            assertThat(registry.register("another-value", RawDocument.getClassSchema())).isGreaterThan(statsId);

            final ConfluentAvroSerde<ModelStats> serde = new ConfluentAvroSerde<>(ModelStats.class, registry);
            try (KafkaConsumer<String, ModelStats> consumer = KafkaClients.consumer(platform.bootstrapServers(),
                    new StringDeserializer(), serde.deserializer())) {
                assertThat(KafkaClients.pollAtLeast(consumer, "model-stats", 1))
                    .extracting(ConsumerRecord::value).containsExactly(stats());
            }
        }
    }

    private static <T> void send(final EmbeddedPlatform platform, final String topic, final String key, final T value,
            final org.apache.kafka.common.serialization.Serde<T> serde) {
        try (KafkaProducer<String, T> producer = KafkaClients.producer(platform.bootstrapServers(), null,
                new StringSerializer(), serde.serializer())) {
            producer.send(new ProducerRecord<>(topic, key, value));
            producer.flush();
        }
    }

    private static RawDocument document(final int size) {
        final byte[] pdf = new byte[size];
        for (int i = 0; i < size; i++) {
            pdf[i] = (byte) (i % 251);
        }
        return RawDocument.newBuilder().setDocumentId("doc-1").setSource("payslip-2024-03.pdf")
            .setContent(ByteBuffer.wrap(pdf)).setSubmittedAt(Instant.parse("2024-04-02T08:00:00Z"))
            .setMetadata(Map.of("doc_type", "PAYSLIP")).build();
    }

    private static ModelStats stats() {
        return ModelStats.newBuilder().setDocType(DocType.BANK_STATEMENT).setExtractor("rules").setDocuments(3)
            .setFieldsChecked(30).setFieldsCorrect(29).setUpdatedAt(Instant.parse("2024-04-02T08:00:00Z")).build();
    }
}
