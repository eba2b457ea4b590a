package io.taxstream.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading needs an open network or a token; the test client comes from 127.0.0.1. */
class AccessControlTest {

    @Test
    void shouldRefuseReadersFromAClosedNetworkWithoutATokenAndAskBrowsersForOne() {
        try (TestDashboard dashboard = new TestDashboard(Map.of(DashboardKeys.OPEN_NETWORKS.name(), "10.0.0.0/8"))) {
            JavalinTest.test(dashboard.server.app(), (server, client) -> {
                for (String path : new String[] {"/", "/api/overview", "/api/scaling", "/metrics", "/documents/x", "/api/documents/x"}) {
                    var response = client.get(path);
                    assertThat(response.code()).as(path).isEqualTo(401);
                    assertThat(response.headers().get("WWW-Authenticate")).as(path).singleElement().asString().startsWith("Basic");
                }
            });
        }
    }

    @Test
    void shouldLetReadersInWithABearerTokenOrABasicAuthPassword() {
        try (TestDashboard dashboard = new TestDashboard(Map.of(DashboardKeys.OPEN_NETWORKS.name(), ""))) {
            JavalinTest.test(dashboard.server.app(), (server, client) -> {
                assertThat(client.get("/api/scaling", r -> r.header("Authorization", "Bearer " + TestDashboard.READER_TOKEN)).code())
                        .isEqualTo(200);
                String basic = Base64.getEncoder().encodeToString(("ops:" + TestDashboard.READER_TOKEN).getBytes(StandardCharsets.UTF_8));
                assertThat(client.get("/", r -> r.header("Authorization", "Basic " + basic)).code()).isEqualTo(200);
                assertThat(client.get("/api/scaling", r -> r.header("Authorization", "Bearer wrong-token-0123456789")).code())
                        .isEqualTo(401);
            });
        }
    }

    @Test
    void shouldOpenTheDashboardToAConfiguredNetwork() {
        try (TestDashboard dashboard = new TestDashboard(Map.of(DashboardKeys.OPEN_NETWORKS.name(), "127.0.0.0/8"))) {
            JavalinTest.test(dashboard.server.app(), (server, client) -> {
                assertThat(client.get("/").code()).isEqualTo(200);
                assertThat(client.get("/api/overview").code()).isEqualTo(200);
            });
        }
    }

    @Test
    void shouldNeverOpenTheUploadApiToANetworkWithoutAToken() {
        try (TestDashboard dashboard = new TestDashboard(Map.of(DashboardKeys.OPEN_NETWORKS.name(), "0.0.0.0/0,::/0"))) {
            JavalinTest.test(dashboard.server.app(), (server, client) -> {
                Multipart body = new Multipart().file("file", "a.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
                var response = client.request("/api/documents", r -> r.post(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                        .header("Content-Type", body.contentType()));
                assertThat(response.code()).isEqualTo(401);
                assertThat(response.headers().get("WWW-Authenticate")).singleElement().asString().startsWith("Bearer");
                assertThat(dashboard.submitted).isEmpty();
            });
        }
    }

    @Test
    void shouldCloseTheUploadApiWhenNoTokenIsConfigured() {
        try (TestDashboard dashboard = new TestDashboard(Map.of(DashboardKeys.API_TOKENS.name(), ""))) {
            JavalinTest.test(dashboard.server.app(), (server, client) -> {
                Multipart body = new Multipart().file("file", "a.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
                var response = client.request("/api/documents", r -> r.post(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                        .header("Content-Type", body.contentType()).header("Authorization", "Bearer anything-at-all-123456"));
                assertThat(response.code()).isEqualTo(403);
                assertThat(response.body().string()).contains("dashboard.api.tokens");
            });
        }
    }
}
