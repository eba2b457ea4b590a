package io.taxstream.dashboard.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.DocType;
import io.taxstream.avro.ExtractionStatus;
import io.taxstream.dashboard.Fixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecentDocumentsTest {

    @Test
    void shouldFollowADocumentToItsFinalStateWithDetailsMasked() {
        RecentDocuments recent = new RecentDocuments(10, 0);
        Fixtures.journey("d1", DocType.PAYSLIP, ExtractionStatus.EXTRACTED, Instant.now()).forEach(recent::onStatus);
        assertThat(recent.history("d1")).extracting(StageEvent::stage)
                .containsExactly("received", "prepared", "classified", "extracted", "completed");
        assertThat(recent.history("d1")).allSatisfy(e -> assertThat(e.detail()).doesNotContain(Fixtures.PAN).doesNotContain(Fixtures.ACCOUNT));
        DocumentSummary summary = recent.summary("d1").orElseThrow();
        assertThat(summary.done()).isTrue();
        assertThat(summary.stage()).isEqualTo("completed");
        assertThat(summary.status()).isEqualTo("EXTRACTED");
        assertThat(summary.docType()).isEqualTo("PAYSLIP");
    }

    @Test
    void shouldKeepOnlyTheMostRecentlyUpdatedDocuments() {
        RecentDocuments recent = new RecentDocuments(2, 0);
        Instant now = Instant.now();
        recent.onStatus(Fixtures.status("a", "received", null, null, 0, now));
        recent.onStatus(Fixtures.status("b", "received", null, null, 0, now));
        recent.onStatus(Fixtures.status("a", "prepared", null, null, 5, now));
        recent.onStatus(Fixtures.status("c", "received", null, null, 0, now));
        assertThat(recent.latest(10)).extracting(DocumentSummary::documentId).containsExactly("c", "a");
        assertThat(recent.history("b")).isEmpty();
    }

    @Test
    void shouldMaskIdsThatLookLikeIdentifiersAndSayTheyCannotBeLinked() {
        RecentDocuments recent = new RecentDocuments(2, 0);
        recent.onStatus(Fixtures.status("form16-" + Fixtures.PAN, "received", null, null, 0, Instant.now()));
        DocumentSummary summary = recent.latest(1).get(0);
        assertThat(summary.documentId()).isEqualTo("form16-ABCPE****F");
        assertThat(summary.linkable()).isFalse();
    }

    @Test
    void shouldKeepResultsOnlyWhenAskedTo() {
        RecentDocuments without = new RecentDocuments(5, 0);
        RecentDocuments with = new RecentDocuments(5, 5);
        without.onResult(Fixtures.payslip("p"), false);
        with.onResult(Fixtures.payslip("p"), false);
        assertThat(without.result("p")).isEmpty();
        assertThat(with.result("p")).isPresent();
    }
}
