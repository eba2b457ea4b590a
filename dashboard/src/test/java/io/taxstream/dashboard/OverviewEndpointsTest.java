package io.taxstream.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.taxstream.avro.DocType;
import io.taxstream.avro.ExtractionStatus;
import io.taxstream.dashboard.ops.LagSnapshot;
import io.taxstream.topology.ops.GroupLag;
import io.taxstream.topology.ops.PartitionLag;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OverviewEndpointsTest {

    private final TestDashboard dashboard = new TestDashboard();

    @AfterEach
    void close() {
        dashboard.close();
    }

    @Test
    void shouldServeTheOverviewPageAndItsAssetsFromTheJarWithoutAnyCdn() {
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            var page = client.get("/");
            assertThat(page.code()).isEqualTo(200);
            String html = page.body().string();
            assertThat(html).contains("id=\"throughput-chart\"").contains("id=\"lag\"").contains("id=\"recent-docs\"")
                    .contains("/assets/app.js").doesNotContain("http://").doesNotContain("https://").doesNotContain("//cdn");
            var script = client.get("/assets/app.js");
            assertThat(script.code()).isEqualTo(200);
            assertThat(script.body().string()).contains("EventSource").doesNotContain("innerHTML");
            assertThat(client.get("/assets/app.css").code()).isEqualTo(200);
            assertThat(client.get("/assets/secrets.txt").code()).isEqualTo(404);
        });
    }

    @Test
    void shouldSummariseThroughputLatencyLagAndDocumentsAsJson() {
        dashboard.feed(Fixtures.journey("a", DocType.PAYSLIP, ExtractionStatus.EXTRACTED, Instant.now()));
        dashboard.feed(Fixtures.journey("b", DocType.FORM_16, ExtractionStatus.NEEDS_REVIEW, Instant.now()).subList(0, 2));
        dashboard.feed(Fixtures.bankStatement("c"), true);
        dashboard.lag.set(new LagSnapshot(List.of(new GroupLag("taxstream", List.of(new PartitionLag("documents.raw", 0, 5, 12)),
                1, 1, Instant.now())), Map.of(), null, System.currentTimeMillis()));
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            JsonNode o = Json.MAPPER.readTree(client.get("/api/overview").body().string());
            assertThat(o.at("/throughput/current/PAYSLIP").asDouble()).isGreaterThan(0);
            assertThat(o.at("/throughput/total").asDouble()).isGreaterThan(0);
            assertThat(o.at("/latency/0/doc_type").asText()).isEqualTo("PAYSLIP");
            assertThat(o.at("/latency/0/p50_ms").asLong()).isEqualTo(400);
            assertThat(o.at("/lag/total").asLong()).isEqualTo(7);
            assertThat(o.at("/lag/groups/0/partitions/0/lag").asLong()).isEqualTo(7);
            assertThat(o.at("/review_queue").asInt()).isEqualTo(1);
            assertThat(o.at("/memory/heap_max").asLong()).isPositive();
            assertThat(o.at("/llm/configured").asBoolean()).isFalse();
            assertThat(o.at("/threads/in_process").asBoolean()).isFalse();
            assertThat(o.path("recent")).extracting(d -> d.path("document_id").asText()).containsExactly("b", "a");
            assertThat(o.at("/recent/1/done").asBoolean()).isTrue();
        });
    }

    @Test
    void shouldStreamTheOverviewAndDocumentUpdatesAsServerSentEvents() {
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(client.getOrigin() + "/api/events"))
                    .header("Accept", "text/event-stream").GET().build();
            HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                assertThat(nextEvent(lines)).startsWith("overview ");
                dashboard.feed(Fixtures.journey("live-1", DocType.PAYSLIP, ExtractionStatus.EXTRACTED, Instant.now()));
                String event = nextEvent(lines);
                while (event.startsWith("overview ")) {
                    event = nextEvent(lines);
                }
                assertThat(event).startsWith("documents ").contains("\"document_id\":\"live-1\"").contains("\"done\":true")
                        .doesNotContain(Fixtures.PAN);
            }
        });
    }

    /** The next event as "name data", waiting at most five seconds. */
    private static String nextEvent(BufferedReader lines) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                String name = null;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("event:")) {
                        name = line.substring(6).trim();
                    } else if (line.startsWith("data:") && name != null) {
                        return name + " " + line.substring(5).trim();
                    }
                }
                throw new AssertionError("the event stream ended");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(5, TimeUnit.SECONDS);
    }
}
