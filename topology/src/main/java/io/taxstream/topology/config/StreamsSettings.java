package io.taxstream.topology.config;

import io.taxstream.processors.config.Config;
import io.taxstream.topology.Topics;
import io.taxstream.topology.DeadLetterHandler;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;

/**
 * Kafka Streams properties from the platform's configuration: exactly-once v2, explicit internal
 * names, a dead-letter topic for undeserialisable records, record sizes for multi-MB PDFs, and
 * poll and transaction timeouts derived from the slowest stage so that a slow model never makes a
 * worker drop out of its group. {@code kafka.*} keys pass through last.
 */
public final class StreamsSettings {

    /** The broker's default cap on transactions (transaction.max.timeout.ms). */
    static final long BROKER_MAX_TRANSACTION_MS = 900_000;

    private StreamsSettings() {
    }

    public static Properties from(Config config) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.get(PlatformKeys.APPLICATION_ID));
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.get(PlatformKeys.BOOTSTRAP_SERVERS));
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.get(PlatformKeys.STREAM_THREADS));
        String server = config.get(PlatformKeys.APPLICATION_SERVER);
        if (!server.isBlank()) {
            p.put(StreamsConfig.APPLICATION_SERVER_CONFIG, server.trim());
        }
        p.put(StreamsConfig.STATE_DIR_CONFIG, config.get(PlatformKeys.STATE_DIR));
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, config.get(PlatformKeys.REPLICATION_FACTOR));
        p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class.getName());
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueProcessingExceptionHandler.class.getName());
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DLQ);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);

        // the specialist stage works off the stream thread, but a full in-flight window makes the
        // thread wait for its oldest document; that wait is bounded by the specialist timeout
        long slowest = config.get(PlatformKeys.SPECIALIST_TIMEOUT_MS);
        long pollInterval = Math.max(300_000, slowest + 60_000);
        long transactionTimeout = Math.min(BROKER_MAX_TRANSACTION_MS, Math.max(60_000, slowest + 30_000));
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG), (int) pollInterval);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), 50);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), Topics.MAX_RECORD_BYTES);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_BYTES_CONFIG), 2 * Topics.MAX_RECORD_BYTES);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), (int) transactionTimeout);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), Topics.MAX_RECORD_BYTES + 1024);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        p.put(StreamsConfig.topicPrefix("max.message.bytes"), String.valueOf(Topics.MAX_RECORD_BYTES));

        config.withPrefix("kafka.").forEach(p::put);
        return p;
    }
}
