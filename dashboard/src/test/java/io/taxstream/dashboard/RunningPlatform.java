package io.taxstream.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.taxstream.dashboard.llm.LlmTierStatus;
import io.taxstream.embedded.EmbeddedPlatform;
import io.taxstream.processors.config.Config;
import io.taxstream.processors.config.ProcessorKeys;
import io.taxstream.processors.pipeline.Pipelines;
import io.taxstream.topology.TopologyOptions;
import io.taxstream.topology.Worker;
import io.taxstream.topology.config.AutoscaleKeys;
import io.taxstream.topology.config.PlatformKeys;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The whole platform in this JVM (broker, registry, worker) with its dashboard on a free port. */
final class RunningPlatform implements AutoCloseable {

    static final String TOKEN = "it-upload-token-0123456789";

    final EmbeddedPlatform platform;
    final Worker worker;
    final Dashboard dashboard;
    final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    private RunningPlatform(EmbeddedPlatform platform, Worker worker, Dashboard dashboard) {
        this.platform = platform;
        this.worker = worker;
        this.dashboard = dashboard;
        this.base = "http://127.0.0.1:" + dashboard.port();
    }

    static RunningPlatform start(Path dir, String applicationId) {
        EmbeddedPlatform platform = EmbeddedPlatform.start(dir.resolve("platform"));
        Worker worker = null;
        try {
            Map<String, String> settings = new HashMap<>();
            settings.put(PlatformKeys.BOOTSTRAP_SERVERS.name(), platform.bootstrapServers());
            settings.put(PlatformKeys.SCHEMA_REGISTRY_URL.name(), platform.schemaRegistryUrl());
            settings.put(PlatformKeys.STATE_DIR.name(), dir.resolve("streams").toString());
            settings.put(PlatformKeys.APPLICATION_ID.name(), applicationId);
            settings.put(PlatformKeys.PARTITIONS.name(), "2");
            settings.put(AutoscaleKeys.ENABLED.name(), "false");
            settings.put(DashboardKeys.API_TOKENS.name(), "it=" + TOKEN);
            settings.put(DashboardKeys.LAG_INTERVAL_MS.name(), "300");
            settings.put(DashboardKeys.REFRESH_MS.name(), "300");
            settings.put(DashboardKeys.SCALING_RATE_WINDOW_SECONDS.name(), "10");
            Config config = Config.of(settings);
            worker = new Worker(config, Pipelines.standard(config), TopologyOptions.all(16, 60_000,
                    config.get(ProcessorKeys.PIPELINE_VERSION))).start();
            Dashboard dashboard = Dashboard.forWorker(worker, LlmTierStatus.NOT_CONFIGURED).start(0);
            return new RunningPlatform(platform, worker, dashboard);
        } catch (RuntimeException e) {
            if (worker != null) {
                worker.close();
            }
            platform.close();
            throw e;
        }
    }

    /** GET with the upload token (which also reads); the body whatever the status. */
    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + TOKEN).GET().build());
    }

    JsonNode json(String path) {
        try {
            return Json.MAPPER.readTree(get(path).body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Uploads through the API; returns the ids it answered with. */
    List<String> upload(Multipart body) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/api/documents"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("upload answered " + response.statusCode() + ": " + response.body());
        }
        List<String> ids = new ArrayList<>();
        try {
            Json.MAPPER.readTree(response.body()).path("documents").forEach(d -> ids.add(d.path("document_id").asText()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    /** Whether the dashboard says the document reached its final state. */
    boolean done(String id) {
        HttpResponse<String> response = get("/api/documents/" + encode(id));
        return response.statusCode() == 200 && response.body().contains("\"done\":true") && response.body().contains("\"result\":{");
    }

    static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            dashboard.close();
        } finally {
            try {
                worker.close();
            } finally {
                platform.close();
            }
        }
    }
}
