package io.taxstream.topology;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record that cannot even be deserialised goes, bytes unchanged, to the dead-letter topic with
 * headers saying where it came from and why; processing goes on. The password header is not
 * copied. The dead-letter topic holds raw documents, so it gets the access rules and retention of
 * documents.raw.
 */
public final class DeadLetterHandler implements DeserializationExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterHandler.class);
    public static final String HEADER_ERROR = "taxstream.error";
    public static final String HEADER_ERROR_CLASS = "taxstream.error.class";
    public static final String HEADER_TOPIC = "taxstream.source.topic";
    public static final String HEADER_PARTITION = "taxstream.source.partition";
    public static final String HEADER_OFFSET = "taxstream.source.offset";

    private String topic = Topics.DLQ;

    @Override
    public void configure(Map<String, ?> configs) {
        Object name = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        if (name != null) {
            topic = name.toString();
        }
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        log.warn("undeserialisable record at {}-{}@{} sent to {}: {}", record.topic(), record.partition(), record.offset(),
                topic, exception.getClass().getSimpleName());
        RecordHeaders headers = new RecordHeaders();
        headers.add(HEADER_ERROR, utf8(String.valueOf(exception.getMessage())));
        headers.add(HEADER_ERROR_CLASS, utf8(exception.getClass().getName()));
        headers.add(HEADER_TOPIC, utf8(record.topic()));
        headers.add(HEADER_PARTITION, utf8(String.valueOf(record.partition())));
        headers.add(HEADER_OFFSET, utf8(String.valueOf(record.offset())));
        Long timestamp = record.timestamp() >= 0 ? record.timestamp() : null;
        return Response.resume(List.of(new ProducerRecord<>(topic, null, timestamp, record.key(), record.value(), headers)));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
