package io.taxstream.dashboard.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.dashboard.feed.StageEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentViewTest {

    private static StageEvent event(String stage, long at, String type, String status) {
        return new StageEvent(stage, at, type, status, 0, null);
    }

    @Test
    void shouldAddTheStoresLatestEventWhenTheFeedHasNotSeenItYet() {
        DocumentView view = DocumentView.assemble("d", event("completed", 30, "PAYSLIP", "EXTRACTED"), null,
                List.of(event("received", 10, null, null), event("classified", 20, "PAYSLIP", null)), "local");
        assertThat(view.history()).extracting(StageEvent::stage).containsExactly("received", "classified", "completed");
        assertThat(view.done()).isTrue();
        assertThat(view.stage()).isEqualTo("completed");
        assertThat(view.status()).isEqualTo("EXTRACTED");
        assertThat(view.docType()).isEqualTo("PAYSLIP");
    }

    @Test
    void shouldShowTheLatestStageOfADocumentInProgress() {
        DocumentView view = DocumentView.assemble("d", null, null,
                List.of(event("received", 10, null, null), event("prepared", 20, null, null)), "feed");
        assertThat(view.done()).isFalse();
        assertThat(view.stage()).isEqualTo("prepared");
        assertThat(view.docType()).isNull();
    }
}
