package io.taxstream.topology.scaling;

import java.time.Instant;

/**
 * What the autoscaler saw and did last, for the dashboard.
 *
 * @param threads    live stream threads at the last check
 * @param min        fewest threads allowed
 * @param max        most threads allowed
 * @param lag        specialist-topic records waiting on this instance's partitions at the last check
 * @param decision   the last check's decision
 * @param lastChange when a thread was last added or removed, or null
 * @param checkedAt  when the last check ran, or null before the first
 */
public record AutoscalerStatus(int threads, int min, int max, long lag, ThreadScalingPolicy.Decision decision,
                               Instant lastChange, Instant checkedAt) {
}
