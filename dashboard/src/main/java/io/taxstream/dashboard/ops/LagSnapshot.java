package io.taxstream.dashboard.ops;

import io.taxstream.topology.ops.GroupLag;
import java.util.List;
import java.util.Map;

/**
 * The consumer lag last read, with each group's recent processing rate.
 *
 * @param groups lag per watched group
 * @param rates  records per second each group committed over the rate window (absent until two reads)
 * @param error  why the last read failed, or null
 * @param at     when it was read, epoch milliseconds (0 before the first read)
 */
public record LagSnapshot(List<GroupLag> groups, Map<String, Double> rates, String error, long at) {

    public LagSnapshot {
        groups = List.copyOf(groups);
        rates = Map.copyOf(rates);
    }

    public static LagSnapshot empty() {
        return new LagSnapshot(List.of(), Map.of(), null, 0);
    }

    /** Lag over every watched group. */
    public long total() {
        return groups.stream().mapToLong(GroupLag::total).sum();
    }
}
