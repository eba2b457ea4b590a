package io.taxstream.topology;

import io.taxstream.avro.DocumentStatus;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.RawDocument;
import io.taxstream.avro.ClassifiedDocument;
import io.taxstream.avro.DocType;
import io.taxstream.processors.config.Config;
import io.taxstream.processors.pipeline.Pipelines;
import io.taxstream.serde.SchemaRegistries;
import io.taxstream.topology.config.PlatformKeys;
import io.taxstream.topology.config.StreamsSettings;
import io.taxstream.topology.processors.SpecialistWorkers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.awaitility.Awaitility;

/** The real topology on a TopologyTestDriver, with an in-memory schema registry and the standard pipeline. */
final class TopologyFixture implements AutoCloseable {

    final Topics topics;
    final Topology topology;
    final TopologyTestDriver driver;
    final TestInputTopic<String, RawDocument> raw;
    final TestInputTopic<byte[], byte[]> rawBytes;
    final TestOutputTopic<String, ExtractionResult> extractions;
    final TestOutputTopic<String, ExtractionResult> review;
    final TestOutputTopic<String, DocumentStatus> status;
    final TestOutputTopic<byte[], byte[]> dlq;
    final Map<DocType, TestOutputTopic<String, ClassifiedDocument>> byType = new EnumMap<>(DocType.class);
    private final SpecialistWorkers workers = new SpecialistWorkers(2);
    private final String registry = "topology-test-" + UUID.randomUUID();
    private final Path stateDir;

    TopologyFixture(TopologyOptions options) throws Exception {
        stateDir = Files.createTempDirectory("taxstream-ttd");
        Config config = Config.of(Map.of(PlatformKeys.SCHEMA_REGISTRY_URL.name(), "memory://" + registry,
                PlatformKeys.STATE_DIR.name(), stateDir.toString(), PlatformKeys.BOOTSTRAP_SERVERS.name(), "unused:9092"));
        topics = new Topics(SchemaRegistries.fromUrl("memory://" + registry, Map.of()));
        topology = TaxstreamTopology.build(topics, Pipelines.standard(config), workers, options);
        Properties props = StreamsSettings.from(config);
        driver = new TopologyTestDriver(topology, props);
        raw = driver.createInputTopic(Topics.RAW, topics.raw().keySerde().serializer(), topics.raw().valueSerde().serializer());
        rawBytes = driver.createInputTopic(Topics.RAW, new org.apache.kafka.common.serialization.ByteArraySerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer());
        extractions = output(topics.extractions());
        review = output(topics.review());
        status = output(topics.status());
        dlq = driver.createOutputTopic(Topics.DLQ, new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer());
        if (options.router()) {
            for (DocType t : DocType.values()) {
                byType.put(t, output(topics.forType(t)));
            }
        }
    }

    static TopologyFixture all() throws Exception {
        return new TopologyFixture(TopologyOptions.all(8, 30_000, "test"));
    }

    private <V> TestOutputTopic<String, V> output(Topic<String, V> t) {
        return driver.createOutputTopic(t.name(), t.keySerde().deserializer(), t.valueSerde().deserializer());
    }

    static RawDocument raw(String id, byte[] content, Map<String, String> hints) {
        return RawDocument.newBuilder().setDocumentId(id).setSource(id + ".pdf").setContentType("application/pdf")
                .setContent(ByteBuffer.wrap(content)).setSubmittedAt(Instant.now()).setMetadata(hints).build();
    }

    void submit(String id, byte[] content) {
        raw.pipeInput(id, raw(id, content, Map.of()));
    }

    void submit(String id, byte[] content, String password, Map<String, String> hints) {
        RecordHeaders headers = new RecordHeaders();
        if (password != null) {
            headers.add(Topics.PASSWORD_HEADER, password.getBytes(StandardCharsets.UTF_8));
        }
        raw.pipeInput(new TestRecord<>(id, raw(id, content, hints), headers, Instant.now()));
    }

    /**
     * Results (extractions and review) of {@code expected} documents: the specialists work off the
     * stream thread, so wall-clock time is advanced until they are forwarded.
     */
    List<TestRecord<String, ExtractionResult>> results(int expected) {
        List<TestRecord<String, ExtractionResult>> out = new ArrayList<>();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> {
            driver.advanceWallClockTime(Duration.ofMillis(25));
            out.addAll(extractions.readRecordsToList());
            out.addAll(review.readRecordsToList());
            return out.size() >= expected;
        });
        return out;
    }

    @Override
    public void close() throws Exception {
        driver.close();
        workers.close();
        SchemaRegistries.dropMemory(registry);
        try (var walk = Files.walk(stateDir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
