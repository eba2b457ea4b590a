package io.taxstream.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaIT {

    @TempDir
    Path dir;

    @Test
    void shouldServeTransactionsToReadCommittedConsumers() throws Exception {
        try (EmbeddedKafka kafka = new EmbeddedKafka(dir).start()) {
            kafka.createTopics(new NewTopic("tx-topic", 2, (short) 1));
            kafka.createTopics(new NewTopic("tx-topic", 2, (short) 1));
            try (KafkaProducer<String, String> producer = KafkaClients.stringProducer(kafka.bootstrapServers(), "tx-1")) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("tx-topic", "k1", "aborted"));
                producer.flush();
                producer.abortTransaction();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("tx-topic", "k1", "committed-1"));
                producer.send(new ProducerRecord<>("tx-topic", "k2", "committed-2"));
                producer.commitTransaction();
            }
            try (KafkaConsumer<String, String> consumer = KafkaClients.readCommitted(kafka.bootstrapServers())) {
                final List<ConsumerRecord<String, String>> records = KafkaClients.pollAtLeast(consumer, "tx-topic", 2);
                assertThat(records).extracting(ConsumerRecord::value)
                    .containsExactlyInAnyOrder("committed-1", "committed-2");
            }
        }
    }

    @Test
    void shouldAcceptMultiMegabyteRecordsAndRefuseAutoCreation() throws Exception {
        try (EmbeddedKafka kafka = new EmbeddedKafka(dir).start()) {
            kafka.createTopics(new NewTopic("big", 1, (short) 1));
            try (KafkaProducer<byte[], byte[]> producer = KafkaClients.bytesProducer(kafka.bootstrapServers())) {
                final RecordMetadata sent = producer.send(new ProducerRecord<>("big", new byte[16 * 1024 * 1024]))
                    .get();
                assertThat(sent.serializedValueSize()).isEqualTo(16 * 1024 * 1024);
            }
            final ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER, "1");
            final Config config = kafka.admin().describeConfigs(List.of(broker)).all().get().get(broker);
            assertThat(config.get("auto.create.topics.enable").value()).isEqualTo("false");
            assertThat(config.get("transaction.state.log.min.isr").value()).isEqualTo("1");
            try (KafkaConsumer<byte[], byte[]> consumer = KafkaClients.bytesConsumer(kafka.bootstrapServers())) {
                // asks the broker to create the topic, which it must refuse (or time out: either is fine)
                catchThrowable(() -> consumer.partitionsFor("never-created", Duration.ofMillis(500)));
            }
            assertThat(kafka.admin().listTopics().names().get()).doesNotContain("never-created");
        }
    }

    @Test
    void shouldKeepClusterIdTopicsAndDataAcrossARestartOnTheSameFolder() throws Exception {
        final String clusterId;
        try (EmbeddedKafka kafka = new EmbeddedKafka(dir).start()) {
            clusterId = kafka.clusterId();
            kafka.createTopics(new NewTopic("kept", 1, (short) 1));
            try (KafkaProducer<String, String> producer = KafkaClients.stringProducer(kafka.bootstrapServers(), "tx-r")) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("kept", "k", "before restart"));
                producer.commitTransaction();
            }
        }
        assertThat(Files.exists(dir.resolve("meta.properties"))).isTrue();
        try (EmbeddedKafka kafka = new EmbeddedKafka(dir).start()) {
            assertThat(kafka.clusterId()).isEqualTo(clusterId);
            assertThat(kafka.admin().listTopics().names().get()).contains("kept");
            try (KafkaConsumer<String, String> consumer = KafkaClients.readCommitted(kafka.bootstrapServers())) {
                assertThat(KafkaClients.pollAtLeast(consumer, "kept", 1)).extracting(ConsumerRecord::value)
                    .containsExactly("before restart");
            }
        }
    }

    @Test
    void shouldRefuseUseBeforeStart() {
        final EmbeddedKafka kafka = new EmbeddedKafka(dir);
        assertThatThrownBy(kafka::bootstrapServers).hasMessageContaining("not started")
            .hasMessageContaining(dir.toString());
        kafka.close();
    }
}
