package io.taxstream.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.taxstream.dashboard.ops.LagSnapshot;
import io.taxstream.topology.ops.GroupLag;
import io.taxstream.topology.ops.PartitionLag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The test dashboard's policy: drain in 60 s, 1 to 8 replicas, 1 record/s assumed per replica. */
class ScalingEndpointTest {

    private final TestDashboard dashboard = new TestDashboard();

    @AfterEach
    void close() {
        dashboard.close();
    }

    private static GroupLag group(String name, int instances, long... lags) {
        List<PartitionLag> partitions = new java.util.ArrayList<>();
        for (int i = 0; i < lags.length; i++) {
            partitions.add(new PartitionLag("documents.form16", i, 1000, 1000 + lags[i]));
        }
        return new GroupLag(name, partitions, instances * 2, instances, Instant.now());
    }

    private JsonNode scaling(io.javalin.testtools.HttpClient client, String group) throws Exception {
        JsonNode body = Json.MAPPER.readTree(client.get("/api/scaling").body().string());
        for (JsonNode g : body.path("groups")) {
            if (g.path("group").asText().equals(group)) {
                return g;
            }
        }
        throw new AssertionError("no group " + group + " in " + body);
    }

    @Test
    void shouldRecommendLagOverRatePerReplicaTimesDrainTime() {
        // 1200 waiting, 10 records/s over 2 replicas = 5/s each: 1200 / (5 × 60) = 4 replicas
        dashboard.lag.set(new LagSnapshot(List.of(group("taxstream", 2, 700, 500)), Map.of("taxstream", 10.0), null, 1));
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            JsonNode g = scaling(client, "taxstream");
            assertThat(g.path("lag").asLong()).isEqualTo(1200);
            assertThat(g.path("rate_per_second").asDouble()).isEqualTo(10.0);
            assertThat(g.path("replicas").asInt()).isEqualTo(2);
            assertThat(g.path("rate_per_replica").asDouble()).isEqualTo(5.0);
            assertThat(g.path("rate_measured").asBoolean()).isTrue();
            assertThat(g.path("recommended_replicas").asInt()).isEqualTo(4);
        });
    }

    @Test
    void shouldRoundUpAndKeepWithinTheBounds() {
        dashboard.lag.set(new LagSnapshot(List.of(group("slow", 1, 301), group("flood", 1, 100_000), group("idle", 3, 0)),
                Map.of("slow", 5.0, "flood", 5.0, "idle", 30.0), null, 1));
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            assertThat(scaling(client, "slow").path("recommended_replicas").asInt()).as("301 / 300 rounds up").isEqualTo(2);
            assertThat(scaling(client, "flood").path("recommended_replicas").asInt()).as("capped at max").isEqualTo(8);
            assertThat(scaling(client, "idle").path("recommended_replicas").asInt()).as("no lag: min").isEqualTo(1);
        });
    }

    @Test
    void shouldAssumeARateUntilOneIsMeasured() {
        dashboard.lag.set(new LagSnapshot(List.of(group("new", 0, 150)), Map.of(), null, 1));
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            JsonNode g = scaling(client, "new");
            assertThat(g.path("rate_measured").asBoolean()).isFalse();
            assertThat(g.path("rate_per_replica").asDouble()).isEqualTo(1.0);
            assertThat(g.path("recommended_replicas").asInt()).as("150 / (1 × 60)").isEqualTo(3);
        });
    }

    @Test
    void shouldServeOneGroupAloneForKedaAndAnswer404ForAnUnknownGroup() {
        dashboard.lag.set(new LagSnapshot(List.of(group("taxstream", 2, 700, 500)), Map.of("taxstream", 10.0), null, 1));
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            JsonNode g = Json.MAPPER.readTree(client.get("/api/scaling/taxstream").body().string());
            assertThat(g.path("recommended_replicas").asInt()).isEqualTo(4);
            var unknown = client.get("/api/scaling/nobody");
            assertThat(unknown.code()).isEqualTo(404);
            assertThat(unknown.body().string()).contains("dashboard.lag.groups");
        });
    }

    @Test
    void shouldPublishTheRecommendationForPrometheus() {
        dashboard.lag.set(new LagSnapshot(List.of(group("taxstream", 2, 700, 500)), Map.of("taxstream", 10.0), null, 1));
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            String metrics = client.get("/metrics").body().string();
            assertThat(metrics).contains("taxstream_scaling_recommended_replicas{group=\"taxstream\"} 4.0")
                    .contains("taxstream_scaling_lag_records{group=\"taxstream\"} 1200.0");
        });
    }
}
