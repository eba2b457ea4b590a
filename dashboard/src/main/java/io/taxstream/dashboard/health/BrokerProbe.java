package io.taxstream.dashboard.health;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** Ready when the Kafka cluster answers a metadata request. */
public final class BrokerProbe implements Probe {

    private final Admin admin;
    private final Duration timeout;

    public BrokerProbe(Admin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "broker";
    }

    @Override
    public boolean required() {
        return true;
    }

    @Override
    public ProbeResult check() {
        try {
            int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
            return new ProbeResult(name(), nodes > 0, true, nodes + (nodes == 1 ? " broker" : " brokers"));
        } catch (ExecutionException e) {
            return new ProbeResult(name(), false, true, "unreachable: " + e.getCause().getClass().getSimpleName());
        } catch (TimeoutException e) {
            return new ProbeResult(name(), false, true, "no answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ProbeResult(name(), false, true, "interrupted");
        }
    }
}
