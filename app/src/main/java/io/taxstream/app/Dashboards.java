package io.taxstream.app;

import io.taxstream.dashboard.DashboardServer;
import io.taxstream.topology.Worker;

/** Starts the dashboard beside a worker when asked. */
final class Dashboards {

    private Dashboards() {
    }

    static AutoCloseable maybeStart(Integer port, Worker worker) {
        if (port == null) {
            return () -> { };
        }
        DashboardServer server = new DashboardServer(worker::streams).start(port);
        System.err.println("dashboard on http://localhost:" + server.port() + "/");
        return server;
    }
}
