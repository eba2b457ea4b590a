package io.taxstream.serde;

import io.taxstream.avro.Attempt;
import io.taxstream.avro.Box;
import io.taxstream.avro.ClassifiedDocument;
import io.taxstream.avro.DocType;
import io.taxstream.avro.DocumentStatus;
import io.taxstream.avro.ExtractionFeedback;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.ExtractionStatus;
import io.taxstream.avro.FieldCorrection;
import io.taxstream.avro.FieldValue;
import io.taxstream.avro.LineItem;
import io.taxstream.avro.ModelStats;
import io.taxstream.avro.PageText;
import io.taxstream.avro.PositionedWord;
import io.taxstream.avro.PreparedDocument;
import io.taxstream.avro.RawDocument;
import io.taxstream.avro.Severity;
import io.taxstream.avro.ValidationIssue;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;

/** Realistic instances of every generated record, shared by the serde tests. */
final class SampleRecords {

    static final Instant SUBMITTED = Instant.parse("2024-06-14T10:15:30.123Z");
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private SampleRecords() {
    }

    /** One instance per generated record class. */
    static Map<Class<? extends SpecificRecord>, SpecificRecord> all() {
        final Map<Class<? extends SpecificRecord>, SpecificRecord> all = new LinkedHashMap<>();
        for (final SpecificRecord r : List.of(raw(64), prepared(), classified(), extraction(), feedback(), status(),
                modelStats(), word("PAN"), page(), box(), fieldValue("ABCDE1234F"), lineItem(), issue(), attempt(),
                correction())) {
            all.put(r.getClass().asSubclass(SpecificRecord.class), r);
        }
        return all;
    }

    static RawDocument raw(final int contentBytes) {
        final byte[] pdf = new byte[contentBytes];
        final byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, pdf, 0, Math.min(header.length, pdf.length));
        for (int i = header.length; i < pdf.length; i++) {
            pdf[i] = (byte) (i * 31);
        }
        return RawDocument.newBuilder().setDocumentId("form16-2024-ABCDE1234F").setSource("uploads/form16_partB.pdf")
            .setContent(ByteBuffer.wrap(pdf)).setSubmittedAt(SUBMITTED).setSubmitter("hr-bulk-upload").setPriority(5)
            .setMetadata(Map.of("pan", "ABCDE1234F", "doc_type", "FORM_16", "dob", "01011990")).build();
    }

    static PositionedWord word(final String text) {
        return PositionedWord.newBuilder().setText(text).setX(72.5f).setY(140.25f).setWidth(38.1f).setHeight(9.8f)
            .setFontSize(10f).setBold(true).build();
    }

    static PageText page() {
        return PageText.newBuilder().setNumber(1).setWidth(595.28f).setHeight(841.89f)
            .setWords(List.of(word("FORM"), word("NO."), word("16"), word("ABCDE1234F"))).build();
    }

    static PreparedDocument prepared() {
        return PreparedDocument.newBuilder().setPageCount(1).setPages(List.of(page())).build();
    }

    static ClassifiedDocument classified() {
        return ClassifiedDocument.newBuilder().setDocumentId("form16-2024-ABCDE1234F").setSource("form16.pdf")
            .setSha256(SHA).setCacheKey(SHA + ":v1").setSubmittedAt(SUBMITTED).setSubmitter(null).setPriority(0)
            .setMetadata(Map.of()).setDocType(DocType.FORM_16).setClassifierConfidence(0.97).setClassifier("keywords")
            .setDocument(prepared()).build();
    }

    static Box box() {
        return Box.newBuilder().setX(300f).setY(120f).setWidth(80f).setHeight(10f).build();
    }

    static FieldValue fieldValue(final String value) {
        return FieldValue.newBuilder().setValue(value).setConfidence(0.99).setPage(1).setBox(box()).build();
    }

    static LineItem lineItem() {
        return LineItem.newBuilder().setKind("tds_quarter").setPage(1).setValues(Map.of("quarter", "Q1",
            "amount_paid", "300000.00", "tax_deducted", "15000.00", "tax_deposited", "15000.00")).build();
    }

    static ValidationIssue issue() {
        return ValidationIssue.newBuilder().setRule("form16.tds_quarters_sum").setSeverity(Severity.ERROR)
            .setMessage("quarterly TDS adds up to 60000.00 but total_tds is 61000.00").build();
    }

    static Attempt attempt() {
        return Attempt.newBuilder().setTier("ollama").setModel("qwen2.5:7b").setOutcome("ok").setMillis(812)
            .setDetail(null).build();
    }

    static ExtractionResult extraction() {
        return ExtractionResult.newBuilder().setDocumentId("form16-2024-ABCDE1234F").setSource("form16.pdf")
            .setSha256(SHA).setDocType(DocType.FORM_16).setClassifierConfidence(0.97)
            .setStatus(ExtractionStatus.NEEDS_REVIEW)
            .setFields(Map.of("employee_pan", fieldValue("ABCDE1234F"), "total_tds", fieldValue("61000.00")))
            .setLineItems(List.of(lineItem())).setValidation(List.of(issue())).setExtractor("ollama:qwen2.5:7b")
            .setAttempts(List.of(attempt())).setReason("form16.tds_quarters_sum failed").setPipelineVersion("0.1.0")
            .setPageCount(2).setSubmittedAt(SUBMITTED).setCompletedAt(SUBMITTED.plusSeconds(3)).setFromCache(false)
            .build();
    }

    static FieldCorrection correction() {
        return FieldCorrection.newBuilder().setField("total_tds").setExtracted("61000.00").setCorrected("60000.00")
            .build();
    }

    static ExtractionFeedback feedback() {
        return ExtractionFeedback.newBuilder().setDocumentId("form16-2024-ABCDE1234F").setDocType(DocType.FORM_16)
            .setExtractor("rules").setReviewer("reviewer@example.com").setAt(SUBMITTED.plusSeconds(60))
            .setFieldsChecked(12).setCorrections(List.of(correction())).build();
    }

    static DocumentStatus status() {
        return DocumentStatus.newBuilder().setDocumentId("form16-2024-ABCDE1234F").setStage("extracted")
            .setAt(SUBMITTED.plusMillis(2500)).setDocType(DocType.FORM_16).setStatus(ExtractionStatus.EXTRACTED)
            .setMillis(1800).setDetail("rules").setSource("form16.pdf").setSubmittedAt(SUBMITTED).build();
    }

    static ModelStats modelStats() {
        return ModelStats.newBuilder().setDocType(DocType.PAYSLIP).setExtractor("ollama:phi3:mini").setDocuments(42)
            .setFieldsChecked(504).setFieldsCorrect(470).setUpdatedAt(SUBMITTED).build();
    }
}
