package io.taxstream.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxstream.avro.ModelStats;
import io.taxstream.serde.IncompatibleSchemaException;
import io.taxstream.serde.RestSchemaRegistryClient;
import io.taxstream.serde.SchemaRegistryException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded registry over real HTTP, through the production REST client. */
class EmbeddedSchemaRegistryIT {

    private static final Schema OLD = new Schema.Parser().parse("""
        {"type": "record", "name": "ModelStats", "namespace": "io.taxstream.avro", "fields": [
          {"name": "doc_type", "type": {"type": "enum", "name": "DocType", "symbols": ["FORM_16", "UNKNOWN"]}},
          {"name": "extractor", "type": "string"}, {"name": "fields_checked", "type": "long"}]}""");
    private static final Schema BREAKING = new Schema.Parser().parse("""
        {"type": "record", "name": "ModelStats", "namespace": "io.taxstream.avro", "fields": [
          {"name": "extractor", "type": "int"}]}""");

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    static Path dir;
    private static EmbeddedPlatform platform;

    @BeforeAll
    static void start() {
        platform = EmbeddedPlatform.start(dir);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void shouldRegisterFetchAndCheckCompatibilityOverHttp() {
        final RestSchemaRegistryClient client = new RestSchemaRegistryClient(platform.schemaRegistryUrl());
        final int oldId = client.register("stats-value", OLD);
        final int newId = client.register("stats-value", ModelStats.getClassSchema());

        assertThat(newId).isGreaterThan(oldId);
        assertThat(client.register("stats-copy-value", OLD)).isEqualTo(oldId);
        assertThat(client.versions("stats-value")).containsExactly(1, 2);
        assertThat(client.latest("stats-value").id()).isEqualTo(newId);
        assertThat(client.version("stats-value", 1).schema()).isEqualTo(OLD);
        final RestSchemaRegistryClient fresh = new RestSchemaRegistryClient(platform.schemaRegistryUrl());
        assertThat(fresh.getById(newId)).isEqualTo(ModelStats.getClassSchema());
        assertThat(fresh.isCompatible("stats-value", BREAKING)).isFalse();
        assertThat(fresh.isCompatible("no-such-subject", BREAKING)).isTrue();
    }

    @Test
    void shouldReportConfluentErrorCodesThroughTheClient() {
        final RestSchemaRegistryClient client = new RestSchemaRegistryClient(platform.schemaRegistryUrl());
        client.register("errors-value", OLD);
        assertThatThrownBy(() -> client.register("errors-value", BREAKING))
            .isInstanceOf(IncompatibleSchemaException.class).hasMessageContaining("errors-value");
        assertThatThrownBy(() -> client.versions("missing-value")).isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40401))
            .hasMessageContaining(platform.schemaRegistryUrl() + "/subjects/missing-value/versions");
        assertThatThrownBy(() -> client.version("errors-value", 5)).isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40402));
        assertThatThrownBy(() -> client.getById(999)).isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40403));
    }

    @Test
    void shouldAnswerRawHttpWithTheRegistryMediaTypeAndRefuseHugeBodies() throws Exception {
        final HttpClient http = HttpClient.newHttpClient();
        final HttpResponse<String> config = http.send(HttpRequest.newBuilder(
            URI.create(platform.schemaRegistryUrl() + "/config")).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
        assertThat(config.headers().firstValue("Content-Type")).hasValue("application/vnd.schemaregistry.v1+json");

        final HttpResponse<String> bad = http.send(HttpRequest.newBuilder(
            URI.create(platform.schemaRegistryUrl() + "/subjects/x-value/versions"))
            .timeout(TIMEOUT).POST(HttpRequest.BodyPublishers.ofString("{\"schema\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}"))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(413);
        assertThat(bad.body()).contains("\"error_code\":413");
    }
}
