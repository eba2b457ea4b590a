package io.taxstream.dashboard.ops;

/**
 * The replica count that works off a lag in time: {@code ceil(lag / (rate per replica × target
 * drain seconds))}, kept within {@code [min, max]}. Before a rate has been measured, an assumed
 * rate per replica stands in for it.
 *
 * @param drainSeconds          time the recommended replicas should take to work off the lag
 * @param minReplicas           fewest replicas recommended (also the answer when there is no lag)
 * @param maxReplicas           most replicas recommended
 * @param assumedRatePerReplica records per second per replica while no rate is known
 */
public record ScalingPolicy(long drainSeconds, int minReplicas, int maxReplicas, double assumedRatePerReplica) {

    public ScalingPolicy {
        if (drainSeconds <= 0) {
            throw new IllegalArgumentException("the drain time must be positive");
        }
        if (minReplicas < 0 || maxReplicas < minReplicas) {
            throw new IllegalArgumentException("replica bounds must satisfy 0 <= min <= max");
        }
        if (!(assumedRatePerReplica > 0)) {
            throw new IllegalArgumentException("the assumed rate per replica must be positive");
        }
    }

    /**
     * @param lag            records waiting
     * @param ratePerReplica records per second one replica processes, or 0 when unknown
     */
    public int recommend(long lag, double ratePerReplica) {
        if (lag <= 0) {
            return minReplicas;
        }
        double rate = ratePerReplica > 0 ? ratePerReplica : assumedRatePerReplica;
        double needed = Math.ceil(lag / (rate * drainSeconds));
        return (int) Math.max(minReplicas, Math.min(maxReplicas, needed));
    }
}
