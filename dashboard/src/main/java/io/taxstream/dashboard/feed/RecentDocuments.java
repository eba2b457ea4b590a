package io.taxstream.dashboard.feed;

import io.taxstream.avro.DocumentStatus;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.dashboard.SafeText;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stage history of the documents seen most recently, bounded in count, and optionally their
 * results (for a dashboard that runs apart from the workers and cannot query their stores).
 */
public final class RecentDocuments implements FeedListener {

    private static final int MAX_EVENTS = 32;

    private final int capacity;
    private final int resultCapacity;
    private final LinkedHashMap<String, Entry> byId = new LinkedHashMap<>();
    private final LinkedHashMap<String, ExtractionResult> results = new LinkedHashMap<>();

    private static final class Entry {
        private final List<StageEvent> events = new ArrayList<>();
        private String docType;
        private String status;
    }

    /**
     * @param capacity       documents whose history is kept
     * @param resultCapacity results kept (0 when the stores can be queried)
     */
    public RecentDocuments(int capacity, int resultCapacity) {
        this.capacity = capacity;
        this.resultCapacity = resultCapacity;
    }

    @Override
    public synchronized void onStatus(DocumentStatus status) {
        String id = status.getDocumentId();
        Entry entry = byId.remove(id);
        if (entry == null) {
            entry = new Entry();
        }
        StageEvent event = StageEvent.of(status);
        entry.events.add(event);
        if (entry.events.size() > MAX_EVENTS) {
            entry.events.remove(0);
        }
        entry.docType = event.docType() != null ? event.docType() : entry.docType;
        entry.status = event.status() != null ? event.status() : entry.status;
        byId.put(id, entry);
        trim(byId, capacity);
    }

    @Override
    public synchronized void onResult(ExtractionResult result, boolean review) {
        if (resultCapacity > 0) {
            results.remove(result.getDocumentId());
            results.put(result.getDocumentId(), result);
            trim(results, resultCapacity);
        }
    }

    /** A document's stage events, oldest first; empty when it is not among the recent ones. */
    public synchronized List<StageEvent> history(String id) {
        Entry entry = byId.get(id);
        return entry == null ? List.of() : List.copyOf(entry.events);
    }

    /** A document's result, when results are kept and it is among them. */
    public synchronized Optional<ExtractionResult> result(String id) {
        return Optional.ofNullable(results.get(id));
    }

    /** The latest state of the {@code n} documents updated most recently, newest first. */
    public synchronized List<DocumentSummary> latest(int n) {
        List<DocumentSummary> out = new ArrayList<>(Math.min(n, byId.size()));
        List<Map.Entry<String, Entry>> entries = new ArrayList<>(byId.entrySet());
        for (int i = entries.size() - 1; i >= 0 && out.size() < n; i--) {
            out.add(summary(entries.get(i).getKey(), entries.get(i).getValue()));
        }
        return out;
    }

    /** The summary of one document, if recent. */
    public synchronized Optional<DocumentSummary> summary(String id) {
        Entry entry = byId.get(id);
        return entry == null ? Optional.empty() : Optional.of(summary(id, entry));
    }

    private static DocumentSummary summary(String id, Entry entry) {
        StageEvent last = entry.events.get(entry.events.size() - 1);
        boolean done = entry.events.stream().anyMatch(StageEvent::isFinal);
        return new DocumentSummary(SafeText.id(id), SafeText.showsAsIs(id), entry.docType,
                done ? entry.events.stream().filter(StageEvent::isFinal).reduce((a, b) -> b).orElseThrow().stage() : last.stage(),
                entry.status, last.at(), done);
    }

    private static <V> void trim(LinkedHashMap<String, V> map, int max) {
        Iterator<String> oldest = map.keySet().iterator();
        while (map.size() > max && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }
}
