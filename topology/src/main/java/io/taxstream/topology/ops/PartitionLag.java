package io.taxstream.topology.ops;

/**
 * How far a consumer group is behind on one partition.
 *
 * @param topic     the topic
 * @param partition the partition
 * @param committed the group's committed offset, or the log start when it has committed nothing yet
 * @param end       the partition's end offset (under exactly-once this counts transaction markers,
 *                  so a drained partition may show a lag of one)
 */
public record PartitionLag(String topic, int partition, long committed, long end) {

    /** Records between the committed offset and the end, never negative. */
    public long lag() {
        return Math.max(0, end - committed);
    }
}
