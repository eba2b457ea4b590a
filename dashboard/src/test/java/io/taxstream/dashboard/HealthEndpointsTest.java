package io.taxstream.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import io.taxstream.dashboard.llm.LlmTier;
import io.taxstream.dashboard.llm.LoadedModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthEndpointsTest {

    private final TestDashboard dashboard = new TestDashboard(Map.of(DashboardKeys.OPEN_NETWORKS.name(), "10.0.0.0/8"));

    @AfterEach
    void close() {
        dashboard.close();
    }

    @Test
    void shouldAnswerLivenessWithoutAToken() {
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            var response = client.get("/health");
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.body().string()).contains("\"UP\"");
        });
    }

    @Test
    void shouldBeReadyWhenEveryRequiredPartAnswersAndReportTheLlmTiersAsNotConfigured() {
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            var response = client.get("/ready");
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.body().string()).contains("\"READY\"").contains("\"llm\"").contains("not configured");
        });
    }

    @Test
    void shouldNotBeReadyWhileTheBrokerIsUnreachable() {
        dashboard.brokerUp.set(false);
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            var response = client.get("/ready");
            assertThat(response.code()).isEqualTo(503);
            assertThat(response.body().string()).contains("NOT_READY").contains("unreachable");
        });
    }

    @Test
    void shouldStayReadyWhenEveryLlmTierIsOfflineSinceTheCascadeFallsBackToRules() {
        dashboard.llm.set(() -> List.of(new LlmTier("primary", "http://ollama:11434", LlmTier.State.OFFLINE, List.of(), "connection refused")));
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            var response = client.get("/ready");
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.body().string()).contains("0 of 1 tiers online");
        });
    }

    @Test
    void shouldShowLoadedModelsInTheOverview() {
        dashboard.llm.set(() -> List.of(new LlmTier("primary", "http://ollama:11434", LlmTier.State.ONLINE,
                List.of(new LoadedModel("qwen2.5:7b", 5_000_000_000L, 0)), null)));
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            String body = client.get("/api/overview", r -> r.header("Authorization", "Bearer " + TestDashboard.READER_TOKEN)).body().string();
            assertThat(body).contains("\"configured\":true").contains("qwen2.5:7b").contains("\"state\":\"ONLINE\"");
        });
    }
}
