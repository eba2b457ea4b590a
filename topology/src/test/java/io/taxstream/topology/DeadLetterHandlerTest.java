package io.taxstream.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler.Result;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class DeadLetterHandlerTest {

    /** The context Kafka Streams hands the handler, for one record of documents.raw. */
    private record Context(Headers headers) implements ErrorHandlerContext {
        public String topic() { return Topics.RAW; }
        public int partition() { return 2; }
        public long offset() { return 41; }
        public String processorNodeId() { return "raw-source"; }
        public TaskId taskId() { return new TaskId(0, 2); }
        public long timestamp() { return 1L; }
        public byte[] sourceRawKey() { return null; }
        public byte[] sourceRawValue() { return null; }
    }

    @Test
    void shouldResumeAndSendTheBytesUnchangedWithWhereAndWhyButNotThePassword() {
        DeadLetterHandler handler = new DeadLetterHandler();
        handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "dead"));
        RecordHeaders headers = new RecordHeaders();
        headers.add(Topics.PASSWORD_HEADER, "secret".getBytes(StandardCharsets.UTF_8));
        ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>(Topics.RAW, 2, 41, "k".getBytes(StandardCharsets.UTF_8),
                new byte[] {9, 8, 7});
        record.headers().add(Topics.PASSWORD_HEADER, "secret".getBytes(StandardCharsets.UTF_8));

        var response = handler.handleError(new Context(headers), record, new SerializationException("unknown magic byte"));

        assertThat(response.result()).isEqualTo(Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).singleElement().satisfies(r -> {
            ProducerRecord<byte[], byte[]> dead = r;
            assertThat(dead.topic()).isEqualTo("dead");
            assertThat(dead.value()).containsExactly(9, 8, 7);
            assertThat(dead.headers().lastHeader(Topics.PASSWORD_HEADER)).isNull();
            assertThat(new String(dead.headers().lastHeader(DeadLetterHandler.HEADER_OFFSET).value(), StandardCharsets.UTF_8)).isEqualTo("41");
            assertThat(new String(dead.headers().lastHeader(DeadLetterHandler.HEADER_ERROR).value(), StandardCharsets.UTF_8))
                    .isEqualTo("unknown magic byte");
        });
    }
}
