package io.taxstream.dashboard.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taxstream.avro.DocType;
import io.taxstream.avro.ExtractionStatus;
import io.taxstream.dashboard.Fixtures;
import io.taxstream.dashboard.stats.ReviewQueue;
import io.taxstream.embedded.EmbeddedPlatform;
import io.taxstream.processors.config.Config;
import io.taxstream.serde.SchemaRegistries;
import io.taxstream.topology.Topic;
import io.taxstream.topology.TopicInstaller;
import io.taxstream.topology.Topics;
import io.taxstream.topology.config.PlatformKeys;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feed on a real broker: what it reads back at start, and what it follows afterwards. */
class PlatformFeedIT {

    @TempDir
    Path dir;

    @Test
    void shouldReadBackRecentStatusEveryReviewAndThenFollowNewEvents() throws Exception {
        try (EmbeddedPlatform platform = EmbeddedPlatform.start(dir)) {
            Topics topics = new Topics(SchemaRegistries.fromUrl(platform.schemaRegistryUrl(), Map.of()));
            Config config = Config.of(Map.of(PlatformKeys.BOOTSTRAP_SERVERS.name(), platform.bootstrapServers(),
                    PlatformKeys.PARTITIONS.name(), "1"));
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers()))) {
                TopicInstaller.ensure(admin, topics, config);
            }
            Instant now = Instant.now();
            send(platform, topics.status(), "ancient", Fixtures.status("ancient", "received", null, null, 0, now.minusSeconds(3600)),
                    now.minusSeconds(3600));
            send(platform, topics.status(), "recent", Fixtures.status("recent", "received", null, null, 0, now.minusSeconds(300)),
                    now.minusSeconds(300));
            // every partition read back has recent records: nothing is to start at the end
            send(platform, topics.extractions(), "done", Fixtures.payslip("done"), now.minusSeconds(200));
            send(platform, topics.review(), "old-review", Fixtures.bankStatement("old-review"), now.minusSeconds(3600));

            RecentDocuments recent = new RecentDocuments(10, 0);
            ReviewQueue reviews = new ReviewQueue();
            try (PlatformFeed feed = new PlatformFeed(platform.bootstrapServers(), topics, Duration.ofMinutes(15),
                    List.of(recent, reviews)).start()) {
                await().atMost(Duration.ofSeconds(30)).until(() -> recent.history("recent").size() == 1 && reviews.size() == 1);
                send(platform, topics.status(), "new", Fixtures.status("new", "completed", DocType.PAYSLIP, ExtractionStatus.EXTRACTED,
                        10, Instant.now()), Instant.now());
                await().atMost(Duration.ofSeconds(30)).until(() -> recent.summary("new").map(DocumentSummary::done).orElse(false));
                assertThat(recent.history("ancient")).as("older than the replay window").isEmpty();
                assertThat(feed.position()).as("recent, done, old-review, new").isEqualTo(4);
            }
        }
    }

    private static <V> void send(EmbeddedPlatform platform, Topic<String, V> topic, String key, V value, Instant at) {
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                platform.bootstrapServers()), topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topic.name(), null, at.toEpochMilli(), key, value));
            producer.flush();
        }
    }
}
