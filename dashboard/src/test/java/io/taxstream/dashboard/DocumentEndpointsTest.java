package io.taxstream.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.taxstream.avro.DocType;
import io.taxstream.avro.ExtractionStatus;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DocumentEndpointsTest {

    private final TestDashboard dashboard = new TestDashboard();

    @AfterEach
    void close() {
        dashboard.close();
    }

    @Test
    void shouldServeAFinishedDocumentsHistoryAndResultWithIdentifiersMasked() {
        dashboard.feed(Fixtures.journey("doc-1", DocType.BANK_STATEMENT, ExtractionStatus.NEEDS_REVIEW, Instant.now()));
        dashboard.feed(Fixtures.bankStatement("doc-1"), true);
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            var response = client.get("/api/documents/doc-1");
            assertThat(response.code()).isEqualTo(200);
            String body = response.body().string();
            JsonNode json = Json.MAPPER.readTree(body);
            assertThat(json.path("stage").asText()).isEqualTo("completed");
            assertThat(json.path("done").asBoolean()).isTrue();
            assertThat(json.path("status").asText()).isEqualTo("NEEDS_REVIEW");
            assertThat(json.path("history")).extracting(JsonNode::toString).hasSize(5);
            assertThat(json.at("/result/fields/holder_pan/value").asText()).isEqualTo("ABCPE****F");
            assertThat(json.at("/result/fields/account_number/value").asText()).isEqualTo("XXXXXXXXXXX6789");
            assertThat(json.at("/result/fields/opening_balance/value").asText()).isEqualTo("12000.00");
            assertThat(body).doesNotContain(Fixtures.PAN).doesNotContain(Fixtures.ACCOUNT).doesNotContain("scan-");
        });
    }

    @Test
    void shouldShowADocumentStillInProgress() {
        dashboard.feed(Fixtures.journey("doc-2", DocType.PAYSLIP, ExtractionStatus.EXTRACTED, Instant.now()).subList(0, 3));
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            JsonNode json = Json.MAPPER.readTree(client.get("/api/documents/doc-2").body().string());
            assertThat(json.path("stage").asText()).isEqualTo("classified");
            assertThat(json.path("done").asBoolean()).isFalse();
            assertThat(json.path("doc_type").asText()).isEqualTo("PAYSLIP");
            assertThat(json.path("result").isNull()).isTrue();
        });
    }

    @Test
    void shouldRenderTheDocumentPageMasked() {
        dashboard.feed(Fixtures.journey("doc-3", DocType.BANK_STATEMENT, ExtractionStatus.NEEDS_REVIEW, Instant.now()));
        dashboard.feed(Fixtures.bankStatement("doc-3"), true);
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            var response = client.get("/documents/doc-3");
            assertThat(response.code()).isEqualTo(200);
            String html = response.body().string();
            assertThat(html).contains("data-stage=\"completed\"").contains("data-done=\"true\"").contains("ABCPE****F")
                    .contains("State Bank of India").doesNotContain(Fixtures.PAN).doesNotContain(Fixtures.ACCOUNT)
                    .doesNotContain("http-equiv=\"refresh\"");
        });
    }

    @Test
    void shouldEscapeMarkupInDocumentValues() {
        dashboard.feed(Fixtures.journey("doc-4", DocType.PAYSLIP, ExtractionStatus.EXTRACTED, Instant.now()));
        var result = Fixtures.payslip("doc-4");
        var fields = new java.util.LinkedHashMap<>(result.getFields());
        fields.put("employer_name", io.taxstream.avro.FieldValue.newBuilder().setValue("<script>alert(1)</script>").setConfidence(0.5).build());
        dashboard.feed(io.taxstream.avro.ExtractionResult.newBuilder(result).setFields(fields).build(), false);
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            String html = client.get("/documents/doc-4").body().string();
            assertThat(html).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        });
    }

    @Test
    void shouldAnswer404ForAnUnknownIdWithoutEchoingAPanInIt() {
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            var json = client.get("/api/documents/no-such-" + Fixtures.PAN);
            assertThat(json.code()).isEqualTo(404);
            assertThat(json.body().string()).contains("no document").doesNotContain(Fixtures.PAN);
            var page = client.get("/documents/nothing-here");
            assertThat(page.code()).isEqualTo(404);
            assertThat(page.body().string()).contains("No document");
        });
    }

    @Test
    void shouldRefuseAnOverlongId() {
        JavalinTest.test(dashboard.server.app(), (server, client) ->
                assertThat(client.get("/api/documents/" + "x".repeat(300)).code()).isEqualTo(400));
    }

    @Test
    void shouldAnswerStoreQueriesOnlyWhereAWorkerRuns() {
        JavalinTest.test(dashboard.server.app(), (server, client) ->
                assertThat(client.get("/internal/stores/status/doc-1").code()).isEqualTo(404));
    }
}
