package io.taxstream.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.taxstream.corpus.CorpusGenerator;
import io.taxstream.corpus.CorpusSpec;
import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.dashboard.llm.LlmTierStatus;
import io.taxstream.embedded.EmbeddedPlatform;
import io.taxstream.processors.config.Config;
import io.taxstream.processors.pipeline.Pipelines;
import io.taxstream.topology.TopologyOptions;
import io.taxstream.topology.Worker;
import io.taxstream.topology.client.DocumentProducer;
import io.taxstream.topology.client.Submission;
import io.taxstream.topology.config.AutoscaleKeys;
import io.taxstream.topology.config.PlatformKeys;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of one application, each with its dashboard advertised as application.server:
 * asking either dashboard finds every document, answering keys held by the other instance by
 * asking that instance's dashboard.
 */
class CrossInstanceLookupIT {

    @TempDir
    Path dir;

    @Test
    void shouldFindDocumentsHeldByTheOtherInstanceThroughItsDashboard() throws Exception {
        int portA;
        int portB;
        try (EmbeddedPlatform platform = EmbeddedPlatform.start(dir.resolve("platform"))) {
            // the dashboards' ports are picked once the broker and registry hold theirs, so that none of them takes one
            try (ServerSocket first = new ServerSocket(0); ServerSocket second = new ServerSocket(0)) {
                portA = first.getLocalPort();
                portB = second.getLocalPort();
            }
            lookUpAcross(platform, portA, portB);
        }
    }

    private void lookUpAcross(EmbeddedPlatform platform, int portA, int portB) throws Exception {
        try (Worker a = worker(platform, "a", portA);
             Worker b = worker(platform, "b", portB);
             Dashboard dashboardA = Dashboard.forWorker(a, LlmTierStatus.NOT_CONFIGURED).start(portA);
             Dashboard dashboardB = Dashboard.forWorker(b, LlmTierStatus.NOT_CONFIGURED).start(portB)) {
            await().atMost(Duration.ofMinutes(2)).until(() -> running(a) && running(b)
                    && !a.streams().metadataForLocalThreads().stream().allMatch(t -> t.activeTasks().isEmpty())
                    && !b.streams().metadataForLocalThreads().stream().allMatch(t -> t.activeTasks().isEmpty()));

            List<String> ids = submit(platform, a, 12);
            Set<String> servedBy = new HashSet<>();
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
                servedBy.clear();
                for (String id : ids) {
                    JsonNode view = get(portA, "/api/documents/" + id);
                    if (view == null || !view.path("done").asBoolean() || view.path("result").isNull()) {
                        return false;
                    }
                    servedBy.add(view.path("served_by").asText());
                }
                return true;
            });
            assertThat(servedBy).as("answers came from this instance and from the other one")
                    .contains("local", "127.0.0.1:" + portB);
            for (String id : ids) {
                assertThat(get(portB, "/api/documents/" + id).path("done").asBoolean()).as(id + " via B").isTrue();
            }
        }
    }

    private Worker worker(EmbeddedPlatform platform, String name, int port) {
        Config config = Config.of(Map.of(
                PlatformKeys.BOOTSTRAP_SERVERS.name(), platform.bootstrapServers(),
                PlatformKeys.SCHEMA_REGISTRY_URL.name(), platform.schemaRegistryUrl(),
                PlatformKeys.STATE_DIR.name(), dir.resolve("streams-" + name).toString(),
                PlatformKeys.APPLICATION_ID.name(), "cross-instance-it",
                PlatformKeys.PARTITIONS.name(), "4",
                PlatformKeys.STREAM_THREADS.name(), "1",
                PlatformKeys.APPLICATION_SERVER.name(), "127.0.0.1:" + port,
                AutoscaleKeys.ENABLED.name(), "false",
                DashboardKeys.LAG_INTERVAL_MS.name(), "1000"));
        return new Worker(config, Pipelines.standard(config), TopologyOptions.all(8, 60_000, "1")).start();
    }

    private static boolean running(Worker w) {
        return w.streams().state() == KafkaStreams.State.RUNNING;
    }

    private static List<String> submit(EmbeddedPlatform platform, Worker worker, int n) {
        List<GeneratedDocument> docs = new CorpusGenerator().generate(CorpusSpec.of(99L, 2, CorpusSpec.Kind.PAYSLIP,
                CorpusSpec.Kind.FORM_16, CorpusSpec.Kind.INVESTMENT_PROOF, CorpusSpec.Kind.BANK_STATEMENT,
                CorpusSpec.Kind.INTEREST_CERTIFICATE, CorpusSpec.Kind.CAPITAL_GAINS));
        List<String> ids = new ArrayList<>();
        try (DocumentProducer producer = new DocumentProducer(platform.bootstrapServers(), worker.topics(), Map.of())) {
            for (int i = 0; i < Math.min(n, docs.size()); i++) {
                GeneratedDocument d = docs.get(i);
                String id = "cross-" + i;
                producer.submit(new Submission(id, d.fileName(), d.content(), d.contentType(), d.password(), d.hints(), "it", 0), null);
                ids.add(id);
            }
            producer.flush();
        }
        return ids;
    }

    private static JsonNode get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? Json.MAPPER.readTree(response.body()) : null;
    }

}
