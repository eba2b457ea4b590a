package io.taxstream.topology.ops;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lag of one consumer group at one moment.
 *
 * @param group      the group id
 * @param partitions lag per partition, sorted by topic and partition
 * @param members    members of the group (for Kafka Streams: one per stream thread)
 * @param instances  distinct hosts among the members: the replicas running the group
 * @param at         when the offsets were read
 */
public record GroupLag(String group, List<PartitionLag> partitions, int members, int instances, Instant at) {

    public GroupLag {
        partitions = List.copyOf(partitions);
    }

    /** Lag summed over every partition. */
    public long total() {
        return partitions.stream().mapToLong(PartitionLag::lag).sum();
    }

    /** Committed offsets summed over every partition: its growth over time is the processing rate. */
    public long committed() {
        return partitions.stream().mapToLong(PartitionLag::committed).sum();
    }

    /** Lag per topic, sorted by name. */
    public Map<String, Long> byTopic() {
        Map<String, Long> out = new TreeMap<>();
        partitions.forEach(p -> out.merge(p.topic(), p.lag(), Long::sum));
        return out;
    }
}
