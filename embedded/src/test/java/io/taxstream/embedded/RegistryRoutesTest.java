package io.taxstream.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.taxstream.serde.InMemorySchemaRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryRoutesTest {

    private static final String V1 = "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}";
    private static final String V2 = "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"},"
        + "{\"name\":\"b\",\"type\":\"int\",\"default\":0}]}";
    private static final String BREAKING = "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"}]}";

    private final ObjectMapper json = new ObjectMapper();
    private final RegistryRoutes routes = new RegistryRoutes(new InMemorySchemaRegistry(), json);

    @Test
    void shouldRegisterListAndFetchLikeConfluent() {
        assertThat(call("POST", "/subjects/r-value/versions", schemaBody(V1))).isEqualTo("200 {\"id\":1}");
        assertThat(call("POST", "/subjects/r-value/versions", schemaBody(V2))).isEqualTo("200 {\"id\":2}");
        assertThat(call("POST", "/subjects/r-value/versions", schemaBody(V1))).isEqualTo("200 {\"id\":1}");
        assertThat(call("GET", "/subjects", null)).isEqualTo("200 [\"r-value\"]");
        assertThat(call("GET", "/subjects/r-value/versions", null)).isEqualTo("200 [1,2]");
        assertThat(call("GET", "/subjects/r-value/versions/latest", null))
            .startsWith("200 {\"subject\":\"r-value\",\"version\":2,\"id\":2,\"schema\":");
        assertThat(call("GET", "/schemas/ids/1", null)).isEqualTo("200 " + json.createObjectNode().put("schema", V1));
        assertThat(call("POST", "/subjects/r-value", schemaBody(V1))).contains("\"version\":1,\"id\":1");
    }

    @Test
    void shouldAnswerConfluentErrorCodes() {
        call("POST", "/subjects/r-value/versions", schemaBody(V1));
        assertThat(call("GET", "/subjects/nope/versions", null))
            .isEqualTo("404 {\"error_code\":40401,\"message\":\"Subject 'nope' not found.\"}");
        assertThat(call("GET", "/subjects/r-value/versions/9", null)).startsWith("404 {\"error_code\":40402");
        assertThat(call("GET", "/subjects/r-value/versions/zero", null)).startsWith("422 {\"error_code\":42202");
        assertThat(call("GET", "/schemas/ids/77", null)).startsWith("404 {\"error_code\":40403");
        assertThat(call("POST", "/subjects/r-value", schemaBody(V2))).startsWith("404 {\"error_code\":40403");
        assertThat(call("POST", "/subjects/r-value/versions", schemaBody("{\"type\":\"recrod\"}")))
            .startsWith("422 {\"error_code\":42201");
        assertThat(call("POST", "/subjects/r-value/versions", "not json")).startsWith("422 {\"error_code\":42201");
        assertThat(call("POST", "/subjects/r-value/versions", schemaBody(BREAKING)))
            .startsWith("409 {\"error_code\":409").contains("r-value");
        assertThat(call("DELETE", "/subjects/r-value/versions", null)).startsWith("405 ");
        assertThat(call("GET", "/nothing/here", null)).startsWith("404 {\"error_code\":404");
        assertThat(call("GET", "/subjects/r-value/versions", null)).isEqualTo("200 [1]");
    }

    @Test
    void shouldCheckCompatibilityAgainstLatestOrAVersion() {
        call("POST", "/subjects/r-value/versions", schemaBody(V1));
        assertThat(call("POST", "/compatibility/subjects/r-value/versions/latest", schemaBody(V2)))
            .isEqualTo("200 {\"is_compatible\":true}");
        assertThat(call("POST", "/compatibility/subjects/r-value/versions/1?verbose=true", schemaBody(BREAKING)))
            .startsWith("200 {\"is_compatible\":false,\"messages\":[").contains("TYPE_MISMATCH");
        assertThat(call("POST", "/compatibility/subjects/nope/versions/latest", schemaBody(V2)))
            .startsWith("404 {\"error_code\":40401");
    }

    @Test
    void shouldKeepCompatibilityLevelsPerSubject() {
        assertThat(call("GET", "/config", null)).isEqualTo("200 {\"compatibilityLevel\":\"BACKWARD\"}");
        assertThat(call("PUT", "/config/r-value", "{\"compatibility\":\"none\"}"))
            .isEqualTo("200 {\"compatibility\":\"NONE\"}");
        assertThat(call("GET", "/config/r-value", null)).isEqualTo("200 {\"compatibilityLevel\":\"NONE\"}");
        assertThat(call("PUT", "/config", "{\"compatibility\":\"SIDEWAYS\"}")).startsWith("422 {\"error_code\":42203");
        call("POST", "/subjects/r-value/versions", schemaBody(V1));
        assertThat(call("POST", "/subjects/r-value/versions", schemaBody(BREAKING))).isEqualTo("200 {\"id\":2}");
    }

    private String schemaBody(final String schema) {
        return json.createObjectNode().put("schema", schema).toString();
    }

    private String call(final String method, final String pathAndQuery, final String body) {
        final String[] parts = pathAndQuery.split("\\?", 2);
        final List<String> segments = Arrays.stream(parts[0].split("/")).filter(s -> !s.isEmpty()).toList();
        final RegistryRoutes.Response response = routes.handle(method, segments, parts.length > 1 ? parts[1] : null,
            body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
        return response.status() + " " + response.body();
    }
}
