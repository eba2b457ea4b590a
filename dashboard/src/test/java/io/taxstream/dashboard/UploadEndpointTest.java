package io.taxstream.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import io.taxstream.processors.config.ProcessorKeys;
import io.taxstream.processors.pipeline.Hashing;
import io.taxstream.topology.client.Submission;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UploadEndpointTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.UTF_8);
    private static final String PASSWORD = "ABCPE1990-secret";

    private final TestDashboard dashboard = new TestDashboard(Map.of(
            ProcessorKeys.MAX_DOCUMENT_BYTES.name(), "1024",
            DashboardKeys.UPLOAD_MAX_REQUEST_BYTES.name(), "4096",
            DashboardKeys.UPLOAD_MAX_FILES.name(), "3"));

    @AfterEach
    void close() {
        dashboard.close();
    }

    private static Response post(HttpClient client, Multipart body, String token) {
        return client.request("/api/documents", r -> {
            r.post(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).header("Content-Type", body.contentType());
            if (token != null) {
                r.header("Authorization", "Bearer " + token);
            }
        });
    }

    @Test
    void shouldPutEveryUploadedFileOnTheRawTopicAndAnswerWithTheirIds() {
        byte[] second = "Form 16 as text".getBytes(StandardCharsets.UTF_8);
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            Multipart body = new Multipart().file("file", "form16.pdf", PDF).file("file", "notes.txt", second)
                    .field("password", PASSWORD).field("metadata", "{\"pan\":\"ABCPE1234F\",\"dob\":\"1990-01-31\"}");
            Response response = post(client, body, TestDashboard.TOKEN);
            assertThat(response.code()).isEqualTo(202);
            String json = response.body().string();
            assertThat(json).contains(Hashing.sha256Hex(PDF)).contains(Hashing.sha256Hex(second))
                    .contains("/api/documents/" + Hashing.sha256Hex(PDF))
                    .doesNotContain(PASSWORD).doesNotContain("ABCPE1234F");
            assertThat(dashboard.submitted).hasSize(2);
            Submission first = dashboard.submitted.get(0);
            assertThat(first.documentId()).isEqualTo(Hashing.sha256Hex(PDF));
            assertThat(first.source()).isEqualTo("form16.pdf");
            assertThat(first.content()).isEqualTo(PDF);
            assertThat(first.contentType()).isEqualTo("application/pdf");
            assertThat(first.password()).contains(PASSWORD);
            assertThat(first.hints()).containsEntry("pan", "ABCPE1234F").containsEntry("dob", "1990-01-31");
            assertThat(first.submitter()).isEqualTo("uploader");
            assertThat(dashboard.submitted.get(1).contentType()).isEqualTo("text/plain");
        });
    }

    @Test
    void shouldTakeTheCallersIdForASingleFile() {
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            Response response = post(client, new Multipart().file("file", "a.pdf", PDF).field("document_id", "batch-7/a.pdf"),
                    TestDashboard.TOKEN);
            assertThat(response.code()).isEqualTo(202);
            assertThat(dashboard.submitted).extracting(Submission::documentId).containsExactly("batch-7/a.pdf");
            assertThat(response.body().string()).contains("/api/documents/batch-7%2Fa.pdf");
        });
    }

    @Test
    void shouldRefuseAFileOverTheSizeLimitWith413NamingTheLimit() {
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            Response response = post(client, new Multipart().file("file", "big.pdf", new byte[2000]), TestDashboard.TOKEN);
            assertThat(response.code()).isEqualTo(413);
            assertThat(response.body().string()).contains("big.pdf").contains("1.0 KB").contains("documents.max.bytes");
            assertThat(dashboard.submitted).isEmpty();
        });
    }

    @Test
    void shouldRefuseAnUploadOverTheRequestLimitBeforeReadingIt() {
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            Multipart body = new Multipart();
            for (int i = 0; i < 3; i++) {
                body.file("file", "part" + i + ".pdf", new byte[1000]);
            }
            body.field("padding", "x".repeat(2000));
            Response response = post(client, body, TestDashboard.TOKEN);
            assertThat(response.code()).isEqualTo(413);
            assertThat(response.body().string()).contains("dashboard.upload.max.request.bytes");
            assertThat(dashboard.submitted).isEmpty();
        });
    }

    @Test
    void shouldRefuseAChunkedUploadThatGrowsOverTheRequestLimit() {
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            Multipart body = new Multipart().file("file", "a.pdf", new byte[900]).file("file", "b.pdf", new byte[900])
                    .file("file", "c.pdf", new byte[900]).field("padding", "x".repeat(3000));
            byte[] bytes = body.bytes();
            Response response = client.request("/api/documents", r -> r
                    .post(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)))
                    .header("Content-Type", body.contentType()).header("Authorization", "Bearer " + TestDashboard.TOKEN));
            assertThat(response.code()).isEqualTo(413);
            assertThat(dashboard.submitted).isEmpty();
        });
    }

    @Test
    void shouldRefuseMoreFilesThanAllowed() {
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            Multipart body = new Multipart();
            for (int i = 0; i < 4; i++) {
                body.file("file", "f" + i + ".pdf", PDF);
            }
            Response response = post(client, body, TestDashboard.TOKEN);
            assertThat(response.code()).isEqualTo(413);
            assertThat(response.body().string()).contains("at most 3");
        });
    }

    @Test
    void shouldRefuseAWrongToken() {
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            Response response = post(client, new Multipart().file("file", "a.pdf", PDF), "not-the-token-0123456789");
            assertThat(response.code()).isEqualTo(401);
            assertThat(response.body().string()).doesNotContain("not-the-token");
            assertThat(dashboard.submitted).isEmpty();
        });
    }

    @Test
    void shouldExplainBadRequests() {
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            assertThat(post(client, new Multipart().field("password", "x"), TestDashboard.TOKEN).code()).isEqualTo(400);
            assertThat(post(client, new Multipart().file("file", "a.pdf", PDF).file("file", "b.pdf", PDF)
                    .field("document_id", "one"), TestDashboard.TOKEN).body().string()).contains("single file");
            assertThat(post(client, new Multipart().file("file", "a.pdf", PDF).field("metadata", "[1,2]"), TestDashboard.TOKEN)
                    .code()).isEqualTo(400);
            Response notMultipart = client.request("/api/documents", r -> r.post(HttpRequest.BodyPublishers.ofString("{}"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + TestDashboard.TOKEN));
            assertThat(notMultipart.code()).isEqualTo(415);
            assertThat(dashboard.submitted).isEmpty();
        });
    }

    @Test
    void shouldAnswer503WhenTheClusterDoesNotTakeTheDocuments() {
        dashboard.sinkFails.set(true);
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            Response response = post(client, new Multipart().file("file", "a.pdf", PDF), TestDashboard.TOKEN);
            assertThat(response.code()).isEqualTo(503);
            assertThat(response.body().string()).contains("try again");
        });
    }
}
