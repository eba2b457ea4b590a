package io.taxstream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.taxstream.avro.ModelStats;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The REST client against a scripted HTTP server on loopback: failover, retries, errors, auth, caching. */
class RestSchemaRegistryClientIT {

    private record Answer(int status, String body) {
    }

    private record Seen(String method, String path, String contentType, String authorization, String body) {
    }

    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private String url;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void shouldRegisterWithTheRegistryMediaTypeAndCacheBothWays() {
        script.add(new Answer(200, "{\"id\": 7}"));
        final RestSchemaRegistryClient client = new RestSchemaRegistryClient(url);

        assertThat(client.register("model stats-value", ModelStats.getClassSchema())).isEqualTo(7);
        assertThat(client.register("model stats-value", ModelStats.getClassSchema())).isEqualTo(7);
        assertThat(client.getById(7)).isEqualTo(ModelStats.getClassSchema());

        assertThat(seen).singleElement().satisfies(s -> {
            assertThat(s.method()).isEqualTo("POST");
            assertThat(s.path()).isEqualTo("/subjects/model%20stats-value/versions");
            assertThat(s.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
            assertThat(s.body()).contains("\"schema\":").contains("ModelStats");
        });
    }

    @Test
    void shouldFailOverToTheNextUrlWhenOneIsDown() throws IOException {
        script.add(new Answer(200, "{\"schema\": \"\\\"string\\\"\"}"));
        final RestSchemaRegistryClient client = new RestSchemaRegistryClient(RegistryClientConfig.parse(
            "http://127.0.0.1:" + closedPort() + ", " + url, Map.of(RegistryClientConfig.MAX_RETRIES_CONFIG, 0)));
        assertThat(client.getById(3).getType()).isEqualTo(org.apache.avro.Schema.Type.STRING);
        assertThat(seen).extracting(Seen::path).containsExactly("/schemas/ids/3");
    }

    @Test
    void shouldRetryServerErrorsWithinItsBudget() {
        script.add(new Answer(503, "{\"error_code\": 50003, \"message\": \"busy\"}"));
        script.add(new Answer(500, ""));
        script.add(new Answer(200, "[1, 2, 3]"));
        final RestSchemaRegistryClient client = new RestSchemaRegistryClient(RegistryClientConfig.parse(url,
            Map.of(RegistryClientConfig.MAX_RETRIES_CONFIG, "2", RegistryClientConfig.RETRY_BACKOFF_MS_CONFIG, "10")));
        assertThat(client.versions("stats-value")).containsExactly(1, 2, 3);
        assertThat(seen).hasSize(3);
    }

    @Test
    void shouldGiveUpAfterTheLastRetry() {
        for (int i = 0; i < 5; i++) {
            script.add(new Answer(503, "{\"error_code\": 50003, \"message\": \"busy\"}"));
        }
        final RestSchemaRegistryClient client = new RestSchemaRegistryClient(RegistryClientConfig.parse(url,
            Map.of(RegistryClientConfig.MAX_RETRIES_CONFIG, 1, RegistryClientConfig.RETRY_BACKOFF_MS_CONFIG, 1)));
        assertThatThrownBy(() -> client.latest("stats-value")).isInstanceOf(SchemaRegistryException.class)
            .hasMessageContaining("HTTP 503").hasMessageContaining("busy");
        assertThat(seen).hasSize(2);
    }

    @Test
    void shouldNameUrlSubjectAndRegistryErrorOnClientErrors() {
        script.add(new Answer(404, "{\"error_code\": 40401, \"message\": \"Subject 'stats-value' not found.\"}"));
        final RestSchemaRegistryClient client = new RestSchemaRegistryClient(url);
        assertThatThrownBy(() -> client.version("stats-value", 2))
            .isInstanceOfSatisfying(SchemaRegistryException.class,
                e -> assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SUBJECT_NOT_FOUND))
            .hasMessageContaining(url + "/subjects/stats-value/versions/2")
            .hasMessageContaining("subject 'stats-value'")
            .hasMessageContaining("40401");
        assertThat(seen).hasSize(1);
    }

    @Test
    void shouldTurnConflictsIntoIncompatibleSchemaExceptions() {
        script.add(new Answer(409, "{\"error_code\": 409, \"message\": \"Schema being registered is incompatible\"}"));
        final RestSchemaRegistryClient client = new RestSchemaRegistryClient(url);
        assertThatThrownBy(() -> client.register("stats-value", ModelStats.getClassSchema()))
            .isInstanceOf(IncompatibleSchemaException.class).hasMessageContaining("incompatible");
    }

    @Test
    void shouldSendBasicAuthAndTreatAMissingSubjectAsCompatible() {
        script.add(new Answer(404, "{\"error_code\": 40401, \"message\": \"Subject 'x' not found.\"}"));
        script.add(new Answer(200, "{\"is_compatible\": false}"));
        final SchemaRegistryClient client = SchemaRegistries.fromUrl(url,
            Map.of(RegistryClientConfig.BASIC_AUTH_USER_INFO_CONFIG, "alice:s3cret"));
        assertThat(client.isCompatible("x", ModelStats.getClassSchema())).isTrue();
        assertThat(client.isCompatible("x", ModelStats.getClassSchema())).isFalse();
        assertThat(seen).extracting(Seen::authorization).containsOnly("Basic YWxpY2U6czNjcmV0");
        assertThat(seen).extracting(Seen::path).containsOnly("/compatibility/subjects/x/versions/latest");
    }

    private void handle(final HttpExchange exchange) throws IOException {
        final String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
            exchange.getRequestHeaders().getFirst("Content-Type"),
            exchange.getRequestHeaders().getFirst("Authorization"), body));
        final Answer answer = script.poll();
        final byte[] bytes = (answer == null ? "{\"error_code\": 50001, \"message\": \"no script\"}" : answer.body())
            .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer == null ? 500 : answer.status(), bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
