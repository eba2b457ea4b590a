package io.taxstream.dashboard.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.taxstream.dashboard.health.Readiness;
import java.util.Map;

/** {@code /health} (the process answers) and {@code /ready} (every required probe passes). */
public final class HealthHandler {

    private final Readiness readiness;

    public HealthHandler(Readiness readiness) {
        this.readiness = readiness;
    }

    public void live(Context ctx) {
        ctx.json(Map.of("status", "UP"));
    }

    public void ready(Context ctx) {
        Readiness.ReadinessView view = readiness.check();
        ctx.status(view.ready() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .json(Map.of("status", view.ready() ? "READY" : "NOT_READY", "checks", view.checks()));
    }
}
