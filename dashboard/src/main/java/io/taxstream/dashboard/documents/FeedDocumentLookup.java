package io.taxstream.dashboard.documents;

import io.taxstream.dashboard.SafeText;
import io.taxstream.dashboard.feed.RecentDocuments;
import io.taxstream.dashboard.feed.StageEvent;
import java.util.List;
import java.util.Optional;

/**
 * Finds documents in what the feed has seen, for a dashboard that runs apart from the workers and
 * so cannot query their stores: the recent documents' histories and results.
 */
public final class FeedDocumentLookup implements DocumentLookup {

    private final RecentDocuments recent;

    public FeedDocumentLookup(RecentDocuments recent) {
        this.recent = recent;
    }

    @Override
    public Optional<DocumentView> find(String id) {
        List<StageEvent> history = recent.history(id);
        var result = recent.result(id);
        if (history.isEmpty() && result.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(DocumentView.assemble(SafeText.id(id), null, result.map(ResultMasking::mask).orElse(null),
                history, "feed"));
    }
}
