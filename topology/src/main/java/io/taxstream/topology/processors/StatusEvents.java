package io.taxstream.topology.processors;

import io.taxstream.avro.ClassifiedDocument;
import io.taxstream.avro.DocumentStatus;
import io.taxstream.avro.ExtractionResult;
import java.time.Instant;

/** The document-status events each stage emits, for live status and latency. */
public final class StatusEvents {

    public static final String RECEIVED = "received";
    public static final String CACHE_HIT = "cache_hit";
    public static final String PREPARED = "prepared";
    public static final String CLASSIFIED = "classified";
    public static final String EXTRACTED = "extracted";
    public static final String COMPLETED = "completed";

    private StatusEvents() {
    }

    public static DocumentStatus received(Intake in) {
        return base(in.meta().documentId(), RECEIVED, 0, in.meta().submittedAt())
                .setSource(in.meta().source())
                .setDetail(in.cacheHit() ? "answered from the result cache" : null)
                .build();
    }

    public static DocumentStatus prepared(PreparedIntake in) {
        return base(in.meta().documentId(), PREPARED, in.millis(), in.meta().submittedAt())
                .setDetail(in.failed() ? "unreadable" : in.document().pageCount() + " pages")
                .build();
    }

    public static DocumentStatus classified(ClassifiedDocument d) {
        return base(d.getDocumentId(), CLASSIFIED, 0, d.getSubmittedAt())
                .setDocType(d.getDocType())
                .setDetail(String.format(java.util.Locale.ROOT, "%s %.2f", d.getClassifier(), d.getClassifierConfidence()))
                .build();
    }

    public static DocumentStatus extracted(SpecialistOutcome o) {
        return base(o.document().getDocumentId(), EXTRACTED, o.millis(), o.document().getSubmittedAt())
                .setDocType(o.document().getDocType())
                .setDetail(o.extraction().extractor())
                .build();
    }

    public static DocumentStatus completed(ExtractionResult r) {
        long latency = r.getSubmittedAt() == null ? 0 : Math.max(0, System.currentTimeMillis() - r.getSubmittedAt().toEpochMilli());
        return base(r.getDocumentId(), r.getFromCache() ? CACHE_HIT : COMPLETED, latency, r.getSubmittedAt())
                .setDocType(r.getDocType())
                .setStatus(r.getStatus())
                .setSource(r.getSource())
                .build();
    }

    private static DocumentStatus.Builder base(String id, String stage, long millis, Instant submittedAt) {
        return DocumentStatus.newBuilder()
                .setDocumentId(id)
                .setStage(stage)
                .setAt(Instant.now())
                .setMillis(millis)
                .setSubmittedAt(submittedAt);
    }
}
