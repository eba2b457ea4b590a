package io.taxstream.dashboard;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The dashboard and REST API (Javalin). It receives the services it shows in its constructor;
 * starting it does no work beyond binding the port.
 */
public final class DashboardServer implements AutoCloseable {

    private final Supplier<KafkaStreams> streams;
    private final Javalin app;

    public DashboardServer(Supplier<KafkaStreams> streams) {
        this.streams = streams;
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/health", this::health);
            config.routes.get("/ready", this::ready);
        });
    }

    public DashboardServer start(int port) {
        app.start(port);
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Liveness: the process answers. */
    private void health(Context ctx) {
        ctx.json(Map.of("status", "UP"));
    }

    /** Readiness: the stream threads are running. */
    private void ready(Context ctx) {
        KafkaStreams s = streams.get();
        KafkaStreams.State state = s == null ? null : s.state();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("streams", state == null ? "NOT_STARTED" : state.name());
        boolean ready = state == KafkaStreams.State.RUNNING;
        body.put("status", ready ? "READY" : "NOT_READY");
        ctx.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(body);
    }

    @Override
    public void close() {
        app.stop();
    }
}
