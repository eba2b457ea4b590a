package io.taxstream.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import io.taxstream.avro.DocType;
import io.taxstream.avro.ExtractionStatus;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetricsEndpointTest {

    private final TestDashboard dashboard = new TestDashboard();

    @AfterEach
    void close() {
        dashboard.close();
    }

    @Test
    void shouldExposePlatformMetricsInPrometheusTextFormat() {
        Instant now = Instant.now();
        dashboard.feed(Fixtures.journey("a", DocType.PAYSLIP, ExtractionStatus.EXTRACTED, now));
        dashboard.feed(Fixtures.journey("b", DocType.PAYSLIP, ExtractionStatus.EXTRACTED, now));
        dashboard.feed(Fixtures.journey("c", DocType.BANK_STATEMENT, ExtractionStatus.NEEDS_REVIEW, now));
        dashboard.feed(java.util.List.of(Fixtures.status("d", "cache_hit", DocType.FORM_16, ExtractionStatus.EXTRACTED, 20, now)));
        dashboard.feed(Fixtures.payslip("a"), false);
        dashboard.feed(Fixtures.bankStatement("c"), true);
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            var response = client.get("/metrics");
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.headers().get("Content-Type")).singleElement().asString().startsWith("text/plain");
            String text = response.body().string();
            assertThat(text)
                    .contains("taxstream_documents_total{doc_type=\"PAYSLIP\",status=\"EXTRACTED\"} 2.0")
                    .contains("taxstream_documents_total{doc_type=\"BANK_STATEMENT\",status=\"NEEDS_REVIEW\"} 1.0")
                    .contains("taxstream_cache_hits_total{doc_type=\"FORM_16\"} 1.0")
                    .contains("taxstream_stage_duration_seconds_bucket{doc_type=\"PAYSLIP\",stage=\"extracted\",le=\"0.5\"} 2")
                    .contains("taxstream_document_latency_seconds_count{doc_type=\"PAYSLIP\"} 2")
                    .contains("taxstream_cascade_attempts_total{doc_type=\"PAYSLIP\",outcome=\"ok\",tier=\"rules\"} 1.0")
                    .contains("taxstream_review_queue_documents")
                    .contains("jvm_memory_used_bytes");
        });
    }

    @Test
    void shouldNeverPutIdsNamesOrIdentifiersInLabels() {
        dashboard.feed(Fixtures.journey("doc-" + Fixtures.PAN, DocType.BANK_STATEMENT, ExtractionStatus.NEEDS_REVIEW, Instant.now()));
        dashboard.feed(Fixtures.bankStatement("doc-" + Fixtures.PAN), true);
        JavalinTest.test(dashboard.server.app(), (server, client) -> {
            String text = client.get("/metrics").body().string();
            assertThat(text).contains("taxstream_documents_total").doesNotContain(Fixtures.PAN).doesNotContain("ABCPE")
                    .doesNotContain(Fixtures.ACCOUNT).doesNotContain("6789").doesNotContain("Ravi").doesNotContain("doc-");
        });
    }
}
