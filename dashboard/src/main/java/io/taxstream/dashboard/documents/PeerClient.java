package io.taxstream.dashboard.documents;

import com.fasterxml.jackson.databind.JsonNode;
import io.taxstream.dashboard.Json;
import io.taxstream.dashboard.access.ApiError;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Asks another instance's dashboard for a value in its local store
 * ({@code GET /internal/stores/{store}/{id}}). The value comes back masked, as the other instance
 * would show it.
 */
public final class PeerClient {

    private final HttpClient http;
    private final String token;
    private final Duration timeout;

    /**
     * @param token   the API token to present (one of the other instances' tokens), or empty when
     *                the instances' network is open to each other
     * @param timeout longest wait for an answer
     */
    public PeerClient(String token, Duration timeout) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        this.token = token;
        this.timeout = timeout;
    }

    /** The value another instance holds for {@code id} in {@code store}, or empty when it has none. */
    public Optional<JsonNode> fetch(HostInfo host, String store, String id) {
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + "/internal/stores/" + store + "/"
                + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET();
        if (!token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw ApiError.of(502, "instance " + host.host() + ":" + host.port() + " answered " + response.statusCode());
            }
            return Optional.of(Json.MAPPER.readTree(response.body()).path("value"));
        } catch (IOException e) {
            throw ApiError.of(502, "instance " + host.host() + ":" + host.port() + " is unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiError.of(503, "interrupted while asking " + host.host() + ":" + host.port());
        }
    }
}
