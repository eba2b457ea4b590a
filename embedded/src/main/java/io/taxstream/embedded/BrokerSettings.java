package io.taxstream.embedded;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Broker settings of the single-node demo and test cluster: combined broker + controller roles on
 * loopback, internal topics with replication factor 1, no auto-created topics, room for multi-MB
 * documents, and timeouts cut where a single node makes them pointless.
 */
final class BrokerSettings {

    static final int NODE_ID = 1;
    static final String BROKER_LISTENER = "PLAINTEXT";
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    static final String HOST = "127.0.0.1";

    private BrokerSettings() {
    }

    /** The broker configuration; {@code overrides} win over every default here. */
    static Map<String, Object> of(final Path logDir, final int brokerPort, final int controllerPort,
            final Map<String, ?> overrides) {
        final Map<String, Object> p = new HashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", NODE_ID);
        p.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        p.put("listeners", BROKER_LISTENER + "://" + HOST + ":" + brokerPort + ","
            + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
        p.put("advertised.listeners", BROKER_LISTENER + "://" + HOST + ":" + brokerPort);
        p.put("listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", BROKER_LISTENER);
        p.put("log.dirs", logDir.toString());
        p.put("metadata.log.dir", logDir.toString());
        singleNode(p);
        sizes(p);
        lightweight(p);
        p.putAll(overrides);
        // Strings parse into whatever type each key wants (short, int, long), as in a properties file.
        p.replaceAll((key, value) -> String.valueOf(value));
        return p;
    }

    /** Internal topics on one replica; no waiting for group members that will never come. */
    private static void singleNode(final Map<String, Object> p) {
        p.put("offsets.topic.replication.factor", 1);
        p.put("offsets.topic.num.partitions", 5);
        p.put("transaction.state.log.replication.factor", 1);
        p.put("transaction.state.log.min.isr", 1);
        p.put("transaction.state.log.num.partitions", 5);
        p.put("share.coordinator.state.topic.replication.factor", 1);
        p.put("share.coordinator.state.topic.min.isr", 1);
        p.put("default.replication.factor", 1);
        p.put("min.insync.replicas", 1);
        p.put("group.initial.rebalance.delay.ms", 0);
        p.put("group.streams.initial.rebalance.delay.ms", 0);
        p.put("auto.create.topics.enable", false);
        // The broker heartbeats to its own controller: a short interval unfences it sooner at start.
        p.put("broker.heartbeat.interval.ms", 500);
    }

    /** Multi-MB PDFs fit; segments and retention sized for a demo on a laptop disk. */
    private static void sizes(final Map<String, Object> p) {
        p.put("message.max.bytes", EmbeddedKafka.MAX_MESSAGE_BYTES);
        p.put("replica.fetch.max.bytes", EmbeddedKafka.MAX_MESSAGE_BYTES);
        // A batch larger than a segment is refused, so segments must exceed the largest message.
        p.put("log.segment.bytes", 2 * EmbeddedKafka.MAX_MESSAGE_BYTES);
        p.put("log.retention.hours", 72);
        p.put("log.retention.bytes", 512L * 1024 * 1024);
        p.put("log.retention.check.interval.ms", 60_000L);
    }

    /** Fewer threads and buffers: the demo shares two cores with the pipeline. */
    private static void lightweight(final Map<String, Object> p) {
        p.put("num.network.threads", 2);
        p.put("num.io.threads", 4);
        p.put("background.threads", 4);
        p.put("num.recovery.threads.per.data.dir", 1);
        p.put("log.cleaner.dedupe.buffer.size", 8L * 1024 * 1024);
    }
}
