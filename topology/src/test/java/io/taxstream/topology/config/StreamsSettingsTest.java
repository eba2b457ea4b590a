package io.taxstream.topology.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.processors.config.Config;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsSettingsTest {

    @Test
    void shouldRunExactlyOnceWithExplicitNamesAndADeadLetterTopic() {
        Properties p = StreamsSettings.from(Config.defaults());
        assertThat(p).containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true)
                .containsEntry(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "documents.dlq");
    }

    @Test
    void shouldDeriveTransactionAndPollTimeoutsFromTheSlowestStage() {
        Properties p = StreamsSettings.from(Config.of(Map.of(PlatformKeys.SPECIALIST_TIMEOUT_MS.name(), "600000")));
        assertThat(p.get(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG))).isEqualTo(630_000);
        assertThat(p.get(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG))).isEqualTo(660_000);
    }

    @Test
    void shouldKeepTheTransactionTimeoutWithinTheBrokersCap() {
        Properties p = StreamsSettings.from(Config.of(Map.of(PlatformKeys.SPECIALIST_TIMEOUT_MS.name(), "3600000")));
        assertThat((Integer) p.get(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG)))
                .isEqualTo((int) StreamsSettings.BROKER_MAX_TRANSACTION_MS);
    }

    @Test
    void shouldLetKafkaKeysOverrideDerivedOnes() {
        Properties p = StreamsSettings.from(Config.of(Map.of("kafka.commit.interval.ms", "250")));
        assertThat(p).containsEntry("commit.interval.ms", "250");
    }
}
