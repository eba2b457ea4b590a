package io.taxstream.dashboard.health;

import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/** Ready when this process's Kafka Streams instance is RUNNING. */
public final class StreamsProbe implements Probe {

    private final Supplier<KafkaStreams> streams;

    public StreamsProbe(Supplier<KafkaStreams> streams) {
        this.streams = streams;
    }

    @Override
    public String name() {
        return "streams";
    }

    @Override
    public boolean required() {
        return true;
    }

    @Override
    public ProbeResult check() {
        KafkaStreams s = streams.get();
        KafkaStreams.State state = s == null ? null : s.state();
        return new ProbeResult(name(), state == KafkaStreams.State.RUNNING, true, state == null ? "NOT_STARTED" : state.name());
    }
}
