package io.taxstream.app;

import io.taxstream.dashboard.Dashboard;
import io.taxstream.dashboard.DashboardKeys;
import io.taxstream.dashboard.llm.LlmTierStatus;
import io.taxstream.processors.config.Config;
import io.taxstream.topology.config.PlatformKeys;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code taxstream dashboard}: the dashboard and REST API alone, against a running cluster. */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = {"Serve the dashboard alone against a cluster.", "", "Serves the dashboard, the upload API, /metrics and /api/scaling against a Kafka cluster and schema registry without running a worker; what it shows comes from the platform's topics and the Admin API. Runs until interrupted."})
final class DashboardCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", description = "port to listen on (default: dashboard.port, 7070)")
    Integer port;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() throws Exception {
        Config config = configOptions.load(cluster.flags());
        int listen = port != null ? port : config.get(DashboardKeys.PORT);
        Lifecycle lifecycle = new Lifecycle();
        try (Dashboard dashboard = Dashboard.standalone(config, Clients.topics(config), LlmTierStatus.NOT_CONFIGURED).start(listen)) {
            System.err.println("dashboard on http://localhost:" + dashboard.port() + "/ for "
                    + config.get(PlatformKeys.BOOTSTRAP_SERVERS) + "; Ctrl-C to stop");
            lifecycle.awaitStop();
        } finally {
            lifecycle.closed();
        }
        return 0;
    }
}
