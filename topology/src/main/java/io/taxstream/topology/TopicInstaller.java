package io.taxstream.topology;

import io.taxstream.processors.config.Config;
import io.taxstream.topology.config.PlatformKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the platform's topics at start with their configured partitions; existing ones are left as they are. */
public final class TopicInstaller {

    private static final Logger log = LoggerFactory.getLogger(TopicInstaller.class);

    private TopicInstaller() {
    }

    /** The partition count configured for a topic. */
    public static int partitions(Config config, String topic) {
        int specific = config.get(PlatformKeys.partitionsOf(topic));
        return specific > 0 ? specific : config.get(PlatformKeys.PARTITIONS);
    }

    public static void ensure(Admin admin, Topics topics, Config config) {
        short replication = config.get(PlatformKeys.REPLICATION_FACTOR).shortValue();
        try {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (Topic<?, ?> t : topics.all()) {
                if (!existing.contains(t.name())) {
                    missing.add(new NewTopic(t.name(), partitions(config, t.name()), replication).configs(t.configs()));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
                log.info("created topics {}", missing.stream().map(NewTopic::name).toList());
            }
            warnAboutPartitionCounts(admin, topics, config, existing);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create the platform's topics: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot create the platform's topics: the cluster did not answer in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    private static void warnAboutPartitionCounts(Admin admin, Topics topics, Config config, Set<String> existing)
            throws ExecutionException, InterruptedException, TimeoutException {
        List<String> names = topics.all().stream().map(Topic::name).filter(existing::contains).toList();
        if (names.isEmpty()) {
            return;
        }
        Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
        described.forEach((name, d) -> {
            int wanted = partitions(config, name);
            if (d.partitions().size() != wanted) {
                log.warn("topic {} has {} partitions, configuration asks for {}; left unchanged",
                        name, d.partitions().size(), wanted);
            }
        });
    }
}
