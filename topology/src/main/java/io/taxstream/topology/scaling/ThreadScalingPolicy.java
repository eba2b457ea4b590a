package io.taxstream.topology.scaling;

/**
 * Decides, one check at a time, whether to add or remove a stream thread from the lag waiting for
 * this instance's specialists. Hysteresis comes from two marks and two counts: a thread is added
 * only after the lag per thread has stayed above the high mark for {@code upChecks} checks in a
 * row, and removed only after it has stayed below the (lower) low mark for {@code downChecks}
 * checks in a row. Every change starts the counting afresh, so the scaler waits at least that
 * many checks between two changes. Not thread-safe: one scaler owns it.
 */
public final class ThreadScalingPolicy {

    /** What to do after a check. */
    public enum Decision { ADD, REMOVE, HOLD }

    private final int min;
    private final int max;
    private final long high;
    private final long low;
    private final int upChecks;
    private final int downChecks;
    private int above;
    private int below;

    /**
     * @param min        fewest threads
     * @param max        most threads
     * @param high       lag per thread above which threads are added
     * @param low        lag per thread below which threads are removed; less than {@code high}
     * @param upChecks   checks in a row above {@code high} before adding
     * @param downChecks checks in a row below {@code low} before removing
     */
    public ThreadScalingPolicy(int min, int max, long high, long low, int upChecks, int downChecks) {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("thread bounds must satisfy 1 <= min <= max, got min " + min + ", max " + max);
        }
        if (low < 0 || low >= high) {
            throw new IllegalArgumentException("the low lag mark (" + low + ") must be below the high mark (" + high + ")");
        }
        if (upChecks < 1 || downChecks < 1) {
            throw new IllegalArgumentException("checks before a change must be at least 1");
        }
        this.min = min;
        this.max = max;
        this.high = high;
        this.low = low;
        this.upChecks = upChecks;
        this.downChecks = downChecks;
    }

    /** The decision for this check, given the current lag and number of live threads. */
    public Decision next(long lag, int threads) {
        if (threads < min) {
            return changed(Decision.ADD);
        }
        if (threads > max) {
            return changed(Decision.REMOVE);
        }
        double perThread = (double) lag / Math.max(1, threads);
        above = perThread > high ? above + 1 : 0;
        below = perThread < low ? below + 1 : 0;
        if (above >= upChecks && threads < max) {
            return changed(Decision.ADD);
        }
        if (below >= downChecks && threads > min) {
            return changed(Decision.REMOVE);
        }
        return Decision.HOLD;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    private Decision changed(Decision d) {
        above = 0;
        below = 0;
        return d;
    }
}
