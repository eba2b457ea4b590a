package io.taxstream.topology.config;

import io.taxstream.processors.config.ConfigKey;

/**
 * Configuration keys of the in-process stream-thread autoscaler, each defined here once. The
 * thread bounds are {@link PlatformKeys#STREAM_THREADS_MIN} and {@link PlatformKeys#STREAM_THREADS_MAX}.
 */
public final class AutoscaleKeys {

    public static final ConfigKey<Boolean> ENABLED = ConfigKey.bool("autoscale.enabled", true,
            "add and remove stream threads at run time from the lag of this instance's specialist topics");
    public static final ConfigKey<Long> INTERVAL_MS = ConfigKey.longValue("autoscale.interval.ms", 10_000,
            "time between two autoscaler checks");
    public static final ConfigKey<Long> LAG_HIGH = ConfigKey.longValue("autoscale.lag.high", 50,
            "specialist-topic records waiting per stream thread above which a thread is added");
    public static final ConfigKey<Long> LAG_LOW = ConfigKey.longValue("autoscale.lag.low", 5,
            "specialist-topic records waiting per stream thread below which a thread is removed (below autoscale.lag.high)");
    public static final ConfigKey<Integer> UP_CHECKS = ConfigKey.integer("autoscale.up.checks", 2,
            "checks in a row above autoscale.lag.high before a thread is added");
    public static final ConfigKey<Integer> DOWN_CHECKS = ConfigKey.integer("autoscale.down.checks", 6,
            "checks in a row below autoscale.lag.low before a thread is removed");

    private AutoscaleKeys() {
    }
}
