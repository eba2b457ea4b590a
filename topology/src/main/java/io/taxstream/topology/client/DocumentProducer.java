package io.taxstream.topology.client;

import io.taxstream.avro.RawDocument;
import io.taxstream.topology.Topic;
import io.taxstream.topology.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Puts documents on documents.raw: one record per document, keyed by its id, the password in a header. */
public final class DocumentProducer implements AutoCloseable {

    private final Topic<String, RawDocument> topic;
    private final KafkaProducer<String, RawDocument> producer;

    public DocumentProducer(String bootstrapServers, Topics topics, Map<String, Object> overrides) {
        this.topic = topics.raw();
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_RECORD_BYTES + 1024);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.putAll(overrides);
        this.producer = new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    public Future<RecordMetadata> submit(Submission s, Callback callback) {
        RawDocument raw = RawDocument.newBuilder()
                .setDocumentId(s.documentId())
                .setSource(s.source())
                .setContentType(s.contentType())
                .setContent(ByteBuffer.wrap(s.content()))
                .setSubmittedAt(Instant.now())
                .setSubmitter(s.submitter())
                .setPriority(s.priority())
                .setMetadata(s.hints())
                .build();
        RecordHeaders headers = new RecordHeaders();
        s.password().ifPresent(p -> headers.add(Topics.PASSWORD_HEADER, p.getBytes(StandardCharsets.UTF_8)));
        return producer.send(new ProducerRecord<>(topic.name(), null, s.documentId(), raw, headers), callback);
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
