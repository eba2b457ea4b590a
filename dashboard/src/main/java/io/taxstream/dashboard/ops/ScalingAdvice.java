package io.taxstream.dashboard.ops;

/**
 * The autoscaling signal for one consumer group, as {@code /api/scaling} serves it.
 *
 * @param group               the consumer group
 * @param lag                 records waiting over all its partitions
 * @param ratePerSecond       records per second it committed recently (0 when not yet measured)
 * @param replicas            instances currently in the group
 * @param ratePerReplica      the rate per instance the recommendation used
 * @param rateMeasured        false while the assumed rate stands in
 * @param drainSeconds        target time to work off the lag
 * @param recommendedReplicas ceil(lag / (ratePerReplica × drainSeconds)) within [min, max]
 * @param minReplicas         lower bound
 * @param maxReplicas         upper bound
 */
public record ScalingAdvice(String group, long lag, double ratePerSecond, int replicas, double ratePerReplica,
                            boolean rateMeasured, long drainSeconds, int recommendedReplicas, int minReplicas,
                            int maxReplicas) {
}
