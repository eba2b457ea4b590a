package io.taxstream.topology.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taxstream.avro.ClassifiedDocument;
import io.taxstream.avro.DocType;
import io.taxstream.corpus.CorpusGenerator;
import io.taxstream.corpus.CorpusSpec;
import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.embedded.EmbeddedPlatform;
import io.taxstream.processors.config.Config;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.pipeline.DocumentMeta;
import io.taxstream.processors.pipeline.Pipeline;
import io.taxstream.processors.pipeline.Pipelines;
import io.taxstream.processors.pipeline.PreparedDocuments;
import io.taxstream.topology.Topic;
import io.taxstream.topology.TopicInstaller;
import io.taxstream.topology.TopologyOptions;
import io.taxstream.topology.Worker;
import io.taxstream.topology.config.AutoscaleKeys;
import io.taxstream.topology.config.PlatformKeys;
import io.taxstream.topology.ops.ConsumerLag;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The autoscaler on a real worker: a backlog on a specialist topic adds threads, draining it removes them. */
class StreamThreadAutoscalerIT {

    private static final int BACKLOG = 600;

    @TempDir
    Path dir;

    @Test
    void shouldAddThreadsWhileASpecialistTopicLagsAndRemoveThemOnceItDrains() {
        try (EmbeddedPlatform platform = EmbeddedPlatform.start(dir.resolve("platform"))) {
            Config config = Config.of(Map.ofEntries(
                    Map.entry(PlatformKeys.BOOTSTRAP_SERVERS.name(), platform.bootstrapServers()),
                    Map.entry(PlatformKeys.SCHEMA_REGISTRY_URL.name(), platform.schemaRegistryUrl()),
                    Map.entry(PlatformKeys.STATE_DIR.name(), dir.resolve("state").toString()),
                    Map.entry(PlatformKeys.APPLICATION_ID.name(), "autoscale-it"),
                    Map.entry(PlatformKeys.PARTITIONS.name(), "3"),
                    Map.entry(PlatformKeys.STREAM_THREADS.name(), "1"),
                    Map.entry(PlatformKeys.STREAM_THREADS_MIN.name(), "1"),
                    Map.entry(PlatformKeys.STREAM_THREADS_MAX.name(), "3"),
                    Map.entry(AutoscaleKeys.INTERVAL_MS.name(), "250"),
                    Map.entry(AutoscaleKeys.LAG_HIGH.name(), "20"),
                    Map.entry(AutoscaleKeys.LAG_LOW.name(), "2"),
                    Map.entry(AutoscaleKeys.UP_CHECKS.name(), "1"),
                    Map.entry(AutoscaleKeys.DOWN_CHECKS.name(), "3")));
            Pipeline pipeline = Pipelines.standard(config);
            TopologyOptions payslipsOnly = new TopologyOptions(false, Set.of(DocType.PAYSLIP), 16, 60_000, "1");
            try (Worker worker = new Worker(config, pipeline, payslipsOnly);
                 Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers()))) {
                TopicInstaller.ensure(admin, worker.topics(), config);
                Topic<String, ClassifiedDocument> payslips = worker.topics().forType(DocType.PAYSLIP);
                backlog(platform.bootstrapServers(), payslips, classifiedPayslip(pipeline));

                Set<Integer> threadCounts = new ConcurrentSkipListSet<>();
                worker.start();
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100)).until(() -> {
                    threadCounts.add(worker.streams().metadataForLocalThreads().size());
                    return threadCounts.stream().anyMatch(n -> n >= 2);
                });
                assertThat(worker.autoscaler()).get().extracting(AutoscalerStatus::lastChange).isNotNull();

                ConsumerLag lag = new ConsumerLag(admin, Duration.ofSeconds(10));
                List<TopicPartition> partitions = IntStream.range(0, 3).mapToObj(p -> new TopicPartition(payslips.name(), p)).toList();
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> {
                    threadCounts.add(worker.streams().metadataForLocalThreads().size());
                    long waiting = lag.of("autoscale-it", partitions).total();
                    return waiting <= 3 && worker.streams().metadataForLocalThreads().size() == 1;
                });
                assertThat(threadCounts).as("thread counts seen").contains(1).anyMatch(n -> n >= 2);
                assertThat(worker.autoscaler()).get().satisfies(s -> {
                    assertThat(s.threads()).isEqualTo(1);
                    assertThat(s.lag()).isLessThanOrEqualTo(3);
                });
            }
        }
    }

    /** One real payslip, prepared and classified once, to copy onto the specialist topic. */
    private static ClassifiedDocument classifiedPayslip(Pipeline pipeline) {
        GeneratedDocument payslip = new CorpusGenerator().generate(CorpusSpec.of(7L, 1, CorpusSpec.Kind.PAYSLIP)).get(0);
        DocumentMeta meta = new DocumentMeta("template", payslip.fileName(), "0".repeat(64), Instant.now(), Map.of());
        Pipeline.Prepared prepared = pipeline.prepare(meta, new DocumentInput(payslip.content(), payslip.contentType(),
                Optional.empty(), Map.of()));
        return ClassifiedDocument.newBuilder()
                .setDocumentId("template").setSource(payslip.fileName()).setSha256("0".repeat(64))
                .setCacheKey("autoscale-it").setCacheable(false).setSubmittedAt(Instant.now())
                .setDocType(DocType.PAYSLIP).setClassifierConfidence(0.99).setClassifier("test")
                .setDocument(PreparedDocuments.toAvro(prepared.document()))
                .build();
    }

    private static void backlog(String bootstrap, Topic<String, ClassifiedDocument> topic, ClassifiedDocument template) {
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.LINGER_MS_CONFIG, 20);
        try (KafkaProducer<String, ClassifiedDocument> producer =
                     new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            for (int i = 0; i < BACKLOG; i++) {
                String id = "payslip-" + i;
                ClassifiedDocument d = ClassifiedDocument.newBuilder(template).setDocumentId(id).build();
                producer.send(new ProducerRecord<>(topic.name(), id, d));
            }
            producer.flush();
        }
    }
}
