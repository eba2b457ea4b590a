package io.taxstream.app;

import io.taxstream.avro.DocType;
import io.taxstream.dashboard.DashboardKeys;
import io.taxstream.processors.config.Config;
import io.taxstream.processors.pipeline.Pipelines;
import io.taxstream.topology.TopologyOptions;
import io.taxstream.topology.Worker;
import io.taxstream.topology.config.PlatformKeys;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code taxstream run}: the worker against an external cluster. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the platform against a cluster.", "", "Runs the topology against a Kafka cluster and schema registry until interrupted. Start more instances with the same application.id to share the work."})
final class RunCommand implements Callable<Integer> {

    enum Role { ALL, ROUTER, SPECIALIST }

    @Option(names = "--role", paramLabel = "ROLE", description = "all (default), router (raw → per-type topics) or specialist")
    Role role = Role.ALL;

    @Option(names = "--types", paramLabel = "TYPE", split = ",",
            description = "with --role specialist: the document types to work on, e.g. FORM_16,PAYSLIP (default: all)")
    Set<DocType> types;

    @Option(names = "--dashboard", description = "also serve the dashboard (on dashboard.port, 7070 unless configured)")
    boolean dashboard;

    @Option(names = "--dashboard-port", paramLabel = "PORT", description = "also serve the dashboard, on this port")
    Integer dashboardPort;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() throws InterruptedException {
        Config loaded = configOptions.load(cluster.flags());
        Integer port = dashboardPort != null ? dashboardPort : dashboard ? loaded.get(DashboardKeys.PORT) : null;
        Config config = loaded.with(Dashboards.advertise(loaded, port));
        TopologyOptions options = options(config);
        Lifecycle lifecycle = new Lifecycle();
        try (Worker worker = new Worker(config, Pipelines.standard(config), options).start();
             AutoCloseable web = Dashboards.maybeStart(port, worker)) {
            System.err.println("taxstream running (" + role.name().toLowerCase(java.util.Locale.ROOT) + ") against "
                    + config.get(PlatformKeys.BOOTSTRAP_SERVERS) + "; Ctrl-C to stop");
            lifecycle.awaitStop();
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            lifecycle.closed();
        }
        return 0;
    }

    private TopologyOptions options(Config config) {
        Set<DocType> specialists = switch (role) {
            case ROUTER -> Set.of();
            case ALL, SPECIALIST -> types == null || types.isEmpty() ? EnumSet.allOf(DocType.class) : EnumSet.copyOf(types);
        };
        return new TopologyOptions(role != Role.SPECIALIST, specialists,
                config.get(PlatformKeys.SPECIALIST_MAX_IN_FLIGHT), config.get(PlatformKeys.SPECIALIST_TIMEOUT_MS),
                config.get(io.taxstream.processors.config.ProcessorKeys.PIPELINE_VERSION));
    }
}
