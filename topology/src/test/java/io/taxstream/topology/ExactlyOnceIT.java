package io.taxstream.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.ExtractionStatus;
import io.taxstream.corpus.CorpusGenerator;
import io.taxstream.corpus.CorpusSpec;
import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.embedded.EmbeddedPlatform;
import io.taxstream.processors.config.Config;
import io.taxstream.processors.pipeline.Pipelines;
import io.taxstream.topology.client.DocumentProducer;
import io.taxstream.topology.client.Submission;
import io.taxstream.topology.config.PlatformKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thousand documents through a real broker with exactly-once, while a second instance joins and
 * the first leaves: every input id ends with exactly one result on extractions or review (read
 * committed), the unreadable ones FAILED with a reason, and undeserialisable records on the
 * dead-letter topic.
 */
class ExactlyOnceIT {

    private static final int GOOD = 980;
    private static final int BAD_EACH = 5;

    @TempDir
    static Path dir;
    private static EmbeddedPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = EmbeddedPlatform.start(dir.resolve("platform"));
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    private static Config config(String instance) {
        return Config.of(Map.of(
                PlatformKeys.BOOTSTRAP_SERVERS.name(), platform.bootstrapServers(),
                PlatformKeys.SCHEMA_REGISTRY_URL.name(), platform.schemaRegistryUrl(),
                PlatformKeys.APPLICATION_ID.name(), "exactly-once-it",
                PlatformKeys.STATE_DIR.name(), dir.resolve("state-" + instance).toString(),
                PlatformKeys.PARTITIONS.name(), "3",
                PlatformKeys.STREAM_THREADS.name(), "1"));
    }

    private static Worker worker(String instance) {
        Config config = config(instance);
        return new Worker(config, Pipelines.standard(config), TopologyOptions.all(8, 60_000, "it")).start();
    }

    @Test
    void shouldEndEveryDocumentWithExactlyOneResultThroughARebalance() throws Exception {
        Map<String, Submission> submissions = submissions();
        Map<String, List<ExtractionResult>> results = new ConcurrentHashMap<>();
        List<ConsumerRecord<byte[], byte[]>> dead = new CopyOnWriteArrayList<>();

        Worker first = worker("a");
        Worker second = null;
        try (ResultCollector collector = new ResultCollector(results, dead)) {
            try (DocumentProducer producer = new DocumentProducer(platform.bootstrapServers(), first.topics(), Map.of())) {
                submissions.values().forEach(s -> producer.submit(s, null));
                producer.flush();
            }
            undeserialisable(3);

            await().atMost(Duration.ofMinutes(4)).until(() -> results.size() >= submissions.size() / 3);
            second = worker("b");
            await().atMost(Duration.ofMinutes(4)).until(() -> results.size() >= 2 * submissions.size() / 3);
            first.close();
            await().atMost(Duration.ofMinutes(6)).until(() -> results.size() >= submissions.size() && dead.size() >= 3);
        } finally {
            first.close();
            if (second != null) {
                second.close();
            }
        }

        assertThat(results.keySet()).containsExactlyInAnyOrderElementsOf(submissions.keySet());
        assertThat(results.values()).allSatisfy(list -> assertThat(list).hasSize(1));
        results.forEach((id, list) -> {
            ExtractionResult r = list.get(0);
            if (id.startsWith("bad-")) {
                assertThat(r.getStatus()).as(id).isEqualTo(ExtractionStatus.FAILED);
                assertThat(r.getReason()).as(id).isNotBlank();
            } else {
                assertThat(r.getStatus()).as(id).isNotEqualTo(ExtractionStatus.FAILED);
            }
        });
        assertThat(dead).hasSize(3).allSatisfy(r ->
                assertThat(r.headers().lastHeader(DeadLetterHandler.HEADER_ERROR_CLASS)).isNotNull());
    }

    /** 980 good documents of every type and 20 bad ones: corrupt, empty, not a PDF, wrong password. */
    private static Map<String, Submission> submissions() {
        List<GeneratedDocument> good = new CorpusGenerator().generate(new CorpusSpec(7, 150,
                List.of(CorpusSpec.Kind.FORM_16, CorpusSpec.Kind.PAYSLIP, CorpusSpec.Kind.BANK_STATEMENT,
                        CorpusSpec.Kind.INTEREST_CERTIFICATE, CorpusSpec.Kind.CAPITAL_GAINS, CorpusSpec.Kind.INVESTMENT_PROOF,
                        CorpusSpec.Kind.UNKNOWN), java.util.Set.of()));
        Map<String, Submission> out = new LinkedHashMap<>();
        for (int i = 0; i < GOOD; i++) {
            GeneratedDocument d = good.get(i);
            out.put("good-" + i, new Submission("good-" + i, d.fileName(), d.content(), d.contentType(), d.password(),
                    d.hints(), "it", 0));
        }
        Random random = new Random(7);
        GeneratedDocument pdf = good.stream().filter(d -> d.contentType().equals("application/pdf")).findFirst().orElseThrow();
        GeneratedDocument locked = new CorpusGenerator().generate(CorpusSpec.of(7, 1, CorpusSpec.Kind.ENCRYPTED)).get(0);
        for (int i = 0; i < BAD_EACH; i++) {
            byte[] noise = new byte[2048];
            random.nextBytes(noise);
            bad(out, "corrupt-" + i, Arrays.copyOf(pdf.content(), pdf.content().length / 3), Optional.empty());
            bad(out, "empty-" + i, new byte[0], Optional.empty());
            bad(out, "not-a-pdf-" + i, noise, Optional.empty());
            bad(out, "wrong-password-" + i, locked.content(), Optional.of("not-the-password-" + i));
        }
        return out;
    }

    private static void bad(Map<String, Submission> out, String name, byte[] content, Optional<String> password) {
        String id = "bad-" + name;
        out.put(id, new Submission(id, name + ".pdf", content, "application/pdf", password, Map.of(), "it", 0));
    }

    private static void undeserialisable(int n) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < n; i++) {
                producer.send(new ProducerRecord<>(Topics.RAW, ("junk-" + i).getBytes(StandardCharsets.UTF_8),
                        new byte[] {0, 0, 0, 0, (byte) (100 + i), 1, 2}));
            }
        }
    }

    /** Reads extractions, review and the dead-letter topic with read_committed until closed. */
    private static final class ResultCollector implements AutoCloseable {
        private final Thread thread;
        private volatile boolean stop;

        ResultCollector(Map<String, List<ExtractionResult>> results, List<ConsumerRecord<byte[], byte[]>> dead) {
            Topics topics = new Topics(io.taxstream.serde.SchemaRegistries.fromUrl(platform.schemaRegistryUrl(), Map.of()));
            thread = new Thread(() -> {
                Map<String, Object> props = new HashMap<>();
                props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers());
                props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
                props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
                try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
                    List<TopicPartition> partitions = new ArrayList<>();
                    for (String t : List.of(Topics.EXTRACTIONS, Topics.REVIEW, Topics.DLQ)) {
                        consumer.partitionsFor(t, Duration.ofSeconds(30)).forEach(p -> partitions.add(new TopicPartition(t, p.partition())));
                    }
                    consumer.assign(partitions);
                    consumer.seekToBeginning(partitions);
                    var deserializer = topics.extractions().valueSerde().deserializer();
                    while (!stop) {
                        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                            if (r.topic().equals(Topics.DLQ)) {
                                dead.add(r);
                            } else {
                                ExtractionResult result = deserializer.deserialize(r.topic(), r.value());
                                results.computeIfAbsent(result.getDocumentId(), k -> new CopyOnWriteArrayList<>()).add(result);
                            }
                        }
                    }
                }
            }, "result-collector");
            thread.start();
        }

        @Override
        public void close() throws InterruptedException {
            stop = true;
            thread.join(10_000);
        }
    }
}
