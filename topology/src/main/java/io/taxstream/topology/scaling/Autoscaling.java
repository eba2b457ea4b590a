package io.taxstream.topology.scaling;

import io.taxstream.processors.config.Config;
import io.taxstream.processors.config.ConfigException;
import io.taxstream.topology.config.AutoscaleKeys;
import io.taxstream.topology.config.PlatformKeys;
import io.taxstream.topology.ops.ConsumerLag;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.streams.KafkaStreams;

/** Starts a worker's autoscaler from the configuration, with an Admin client of its own. */
public final class Autoscaling implements AutoCloseable {

    private final Admin admin;
    private final StreamThreadAutoscaler autoscaler;

    private Autoscaling(Admin admin, StreamThreadAutoscaler autoscaler) {
        this.admin = admin;
        this.autoscaler = autoscaler;
    }

    /**
     * The policy the configuration describes; a bad combination fails with the keys' names.
     */
    public static ThreadScalingPolicy policy(Config config) {
        try {
            return new ThreadScalingPolicy(config.get(PlatformKeys.STREAM_THREADS_MIN), config.get(PlatformKeys.STREAM_THREADS_MAX),
                    config.get(AutoscaleKeys.LAG_HIGH), config.get(AutoscaleKeys.LAG_LOW),
                    config.get(AutoscaleKeys.UP_CHECKS), config.get(AutoscaleKeys.DOWN_CHECKS));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(PlatformKeys.STREAM_THREADS_MIN.name() + ", " + PlatformKeys.STREAM_THREADS_MAX.name()
                    + ", " + AutoscaleKeys.LAG_LOW.name() + ", " + AutoscaleKeys.LAG_HIGH.name(), e.getMessage());
        }
    }

    /**
     * Starts autoscaling a running instance on the lag of the given topics, unless
     * {@code autoscale.enabled} is off or there are no such topics.
     */
    public static Optional<Autoscaling> start(KafkaStreams streams, Config config, Set<String> specialistTopics) {
        if (!config.get(AutoscaleKeys.ENABLED) || specialistTopics.isEmpty()) {
            return Optional.empty();
        }
        ThreadScalingPolicy policy = policy(config);
        Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.get(PlatformKeys.BOOTSTRAP_SERVERS)));
        Duration interval = Duration.ofMillis(config.get(AutoscaleKeys.INTERVAL_MS));
        ConsumerLag lag = new ConsumerLag(admin, Duration.ofSeconds(10));
        String group = config.get(PlatformKeys.APPLICATION_ID);
        StreamThreadAutoscaler autoscaler = new StreamThreadAutoscaler(streams,
                partitions -> lag.of(group, partitions).total(), specialistTopics, policy, interval);
        return Optional.of(new Autoscaling(admin, autoscaler.start()));
    }

    public AutoscalerStatus status() {
        return autoscaler.status();
    }

    @Override
    public void close() {
        autoscaler.close();
        admin.close(Duration.ofSeconds(5));
    }
}
