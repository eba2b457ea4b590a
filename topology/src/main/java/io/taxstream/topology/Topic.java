package io.taxstream.topology;

import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * A topic with its serdes, shared by production code, tests and the dashboard.
 *
 * @param name       the topic's name
 * @param keySerde   serde of its keys
 * @param valueSerde serde of its values
 * @param configs    topic-level configs it is created with (e.g. compaction, max message size)
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, Map<String, String> configs) {

    public Topic {
        configs = Map.copyOf(configs);
    }

    /** How a source node named {@code node} reads this topic. */
    public Consumed<K, V> consumed(String node) {
        return Consumed.with(keySerde, valueSerde).withName(node);
    }

    /** How a sink node named {@code node} writes this topic. */
    public Produced<K, V> produced(String node) {
        return Produced.with(keySerde, valueSerde).withName(node);
    }
}
