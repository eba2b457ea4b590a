package io.taxstream.dashboard.documents;

import com.fasterxml.jackson.databind.JsonNode;
import io.taxstream.dashboard.feed.StageEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * A document as {@code /api/documents/{id}} and its page show it; everything in it is masked.
 *
 * @param documentId the id for display
 * @param docType    the type once known
 * @param stage      the latest (or final) stage
 * @param status     EXTRACTED, NEEDS_REVIEW or FAILED once completed
 * @param done       whether it reached its final state
 * @param history    its stage events, oldest first (as far as this dashboard saw them)
 * @param result     the masked result in the contract's shape, or null
 * @param servedBy   where the answer came from: {@code local}, another instance's host:port, or {@code feed}
 */
public record DocumentView(String documentId, String docType, String stage, String status, boolean done,
                           List<StageEvent> history, JsonNode result, String servedBy) {

    /**
     * Puts together what the stores and the feed know.
     *
     * @param latest  the status store's latest event, or null
     * @param result  the masked result, or null
     * @param history the feed's events, possibly empty or behind the store
     */
    public static DocumentView assemble(String displayId, StageEvent latest, JsonNode result, List<StageEvent> history,
                                        String servedBy) {
        List<StageEvent> events = new ArrayList<>(history);
        if (latest != null && (events.isEmpty() || events.get(events.size() - 1).at() < latest.at())) {
            events.add(latest);
        }
        StageEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
        StageEvent finalEvent = null;
        String docType = null;
        String status = null;
        for (StageEvent e : events) {
            finalEvent = e.isFinal() ? e : finalEvent;
            docType = e.docType() != null ? e.docType() : docType;
            status = e.status() != null ? e.status() : status;
        }
        if (result != null) {
            docType = result.path("doc_type").asText(docType);
            status = result.path("status").asText(status);
        }
        boolean done = result != null || finalEvent != null;
        String stage = finalEvent != null ? finalEvent.stage() : last != null ? last.stage() : done ? "completed" : null;
        return new DocumentView(displayId, docType, stage, status, done, List.copyOf(events), result, servedBy);
    }
}
