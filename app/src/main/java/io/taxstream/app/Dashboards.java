package io.taxstream.app;

import io.taxstream.dashboard.Dashboard;
import io.taxstream.dashboard.DashboardKeys;
import io.taxstream.processors.config.Config;
import io.taxstream.topology.Worker;
import io.taxstream.topology.config.PlatformKeys;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/** Starts the dashboard beside a worker when asked, and advertises it for cross-instance lookups. */
final class Dashboards {

    private Dashboards() {
    }

    static AutoCloseable maybeStart(Integer port, Worker worker) {
        if (port == null) {
            return () -> { };
        }
        Dashboard dashboard = Dashboard.forWorker(worker, LlmTiersView.of(worker.pipeline(), worker.config())).start(port);
        System.err.println("dashboard on http://localhost:" + dashboard.port() + "/");
        return dashboard;
    }

    /**
     * For the demo: an API token made up for this run when the dashboard is served and none is
     * configured, so that the upload API can be tried; printed once on the console.
     */
    static Map<String, String> demoToken(Config config, Integer port) {
        if (port == null || !config.get(DashboardKeys.API_TOKENS).isBlank()) {
            return Map.of();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        System.err.println("upload API token for this run: " + token);
        System.err.println("  try: curl -H 'Authorization: Bearer " + token + "' -F file=@form16.pdf http://localhost:"
                + port + "/api/documents");
        return Map.of(DashboardKeys.API_TOKENS.name(), "demo=" + token);
    }

    /**
     * The {@code application.server} flag that lets other instances reach this one's stores through
     * its dashboard: the configured value when there is one, else this host and the dashboard port.
     */
    static Map<String, String> advertise(Config config, Integer port) {
        if (port == null || !config.get(PlatformKeys.APPLICATION_SERVER).isBlank()) {
            return Map.of();
        }
        String host = config.get(DashboardKeys.ADVERTISED_HOST);
        if (host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "localhost";
            }
        }
        return Map.of(PlatformKeys.APPLICATION_SERVER.name(), host + ":" + port);
    }
}
