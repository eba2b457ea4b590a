package io.taxstream.processors.pipeline;

import io.taxstream.avro.Attempt;
import io.taxstream.avro.Box;
import io.taxstream.avro.DocType;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.ExtractionStatus;
import io.taxstream.avro.FieldValue;
import io.taxstream.avro.LineItem;
import io.taxstream.avro.ValidationIssue;
import io.taxstream.processors.classify.Classification;
import io.taxstream.processors.contract.ContractFields;
import io.taxstream.processors.extract.ExtractedField;
import io.taxstream.processors.extract.Extraction;
import io.taxstream.processors.extract.Item;
import io.taxstream.processors.extract.TierAttempt;
import io.taxstream.processors.validate.Issue;
import io.taxstream.serde.AvroTrust;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a specialist's extraction and its validation into the contract's result, deciding the
 * status: NEEDS_REVIEW whenever an ERROR rule fails, the classifier is unsure, or a required field
 * is missing; EXTRACTED otherwise. FAILED results come from {@link #failed}.
 */
public final class ResultAssembler {

    static {
        // result builders create nested records by class name, which Avro 1.12 checks
        AvroTrust.ensureTrusted();
    }

    private final double minClassifierConfidence;
    private final String pipelineVersion;

    public ResultAssembler(double minClassifierConfidence, String pipelineVersion) {
        this.minClassifierConfidence = minClassifierConfidence;
        this.pipelineVersion = pipelineVersion;
    }

    public String pipelineVersion() {
        return pipelineVersion;
    }

    /** A document that cannot be read at all. */
    public ExtractionResult failed(DocumentMeta meta, String reason) {
        return base(meta, DocType.UNKNOWN, 0.0, 0)
                .setStatus(ExtractionStatus.FAILED)
                .setReason(reason)
                .setExtractor("none")
                .build();
    }

    public ExtractionResult assemble(DocumentMeta meta, Classification classification, int pageCount,
                                     Extraction extraction, List<Issue> issues) {
        List<String> reasons = new ArrayList<>();
        DocType type = classification.type();
        if (type == DocType.UNKNOWN) {
            reasons.add("document type not recognised");
        } else if (classification.confidence() < minClassifierConfidence) {
            reasons.add(String.format(Locale.ROOT, "classifier unsure (%.2f < %.2f)",
                    classification.confidence(), minClassifierConfidence));
        }
        if (type != DocType.UNKNOWN) {
            List<String> missing = ContractFields.missingRequired(type, extraction.fields().keySet(),
                    extraction.sections().contains("part_a"), extraction.sections().contains("part_b"));
            if (!missing.isEmpty()) {
                reasons.add("missing required fields: " + String.join(", ", missing));
            }
        }
        for (Issue issue : issues) {
            if (issue.isError()) {
                reasons.add("rule " + issue.rule() + " failed");
            }
        }
        reasons.addAll(extraction.notes());
        ExtractionStatus status = reasons.isEmpty() ? ExtractionStatus.EXTRACTED : ExtractionStatus.NEEDS_REVIEW;
        return base(meta, type, classification.confidence(), pageCount)
                .setStatus(status)
                .setReason(reasons.isEmpty() ? null : String.join("; ", reasons))
                .setFields(fields(extraction.fields()))
                .setLineItems(items(extraction.items()))
                .setValidation(validation(issues))
                .setExtractor(extraction.extractor())
                .setAttempts(attempts(extraction.attempts()))
                .build();
    }

    private ExtractionResult.Builder base(DocumentMeta meta, DocType type, double confidence, int pageCount) {
        return ExtractionResult.newBuilder()
                .setDocumentId(meta.documentId())
                .setSource(meta.source())
                .setSha256(meta.sha256())
                .setDocType(type)
                .setClassifierConfidence(confidence)
                .setPipelineVersion(pipelineVersion)
                .setPageCount(pageCount)
                .setSubmittedAt(meta.submittedAt())
                .setCompletedAt(Instant.now())
                .setFromCache(false);
    }

    private static Map<String, FieldValue> fields(Map<String, ExtractedField> fields) {
        Map<String, FieldValue> out = new TreeMap<>();
        fields.forEach((name, f) -> out.put(name, FieldValue.newBuilder()
                .setValue(f.value())
                .setConfidence(Math.round(f.confidence() * 1000) / 1000.0)
                .setPage(f.page() > 0 ? f.page() : null)
                .setBox(f.box() == null ? null
                        : new Box(f.box().x(), f.box().y(), f.box().width(), f.box().height()))
                .build()));
        return out;
    }

    private static List<LineItem> items(List<Item> items) {
        List<LineItem> out = new ArrayList<>(items.size());
        for (Item i : items) {
            out.add(new LineItem(i.kind(), new LinkedHashMap<>(i.values()), i.page() > 0 ? i.page() : null));
        }
        return out;
    }

    private static List<ValidationIssue> validation(List<Issue> issues) {
        return issues.stream().map(i -> new ValidationIssue(i.rule(), i.severity(), i.message())).toList();
    }

    private static List<Attempt> attempts(List<TierAttempt> attempts) {
        return attempts.stream().map(a -> new Attempt(a.tier(), a.model(), a.outcome(), a.millis(), a.detail())).toList();
    }
}
