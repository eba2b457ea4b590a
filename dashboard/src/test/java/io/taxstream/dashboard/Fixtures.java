package io.taxstream.dashboard;

import io.taxstream.avro.Attempt;
import io.taxstream.avro.DocType;
import io.taxstream.avro.DocumentStatus;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.ExtractionStatus;
import io.taxstream.avro.FieldValue;
import io.taxstream.avro.LineItem;
import io.taxstream.avro.Severity;
import io.taxstream.avro.ValidationIssue;
import io.taxstream.serde.AvroTrust;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records as the platform writes them, with identifiers that must never be shown unmasked. */
public final class Fixtures {

    public static final String PAN = "ABCPE1234F";
    public static final String ACCOUNT = "501000123456789";
    public static final String EMPLOYER_PAN = "AAACT9876K";

    static {
        AvroTrust.ensureTrusted(); // builders copy nested records, which Avro checks against its trust list
    }

    private Fixtures() {
    }

    public static DocumentStatus status(String id, String stage, DocType type, ExtractionStatus status, long millis, Instant at) {
        return DocumentStatus.newBuilder().setDocumentId(id).setStage(stage).setAt(at).setDocType(type).setStatus(status)
                .setMillis(millis).setDetail("holder " + PAN + " account " + ACCOUNT).setSource("scan-" + PAN + ".pdf")
                .setSubmittedAt(at.minusMillis(millis)).build();
    }

    /** The events of one document from receipt to result. */
    public static List<DocumentStatus> journey(String id, DocType type, ExtractionStatus status, Instant start) {
        return List.of(
                status(id, "received", null, null, 0, start),
                status(id, "prepared", null, null, 40, start.plusMillis(40)),
                status(id, "classified", type, null, 0, start.plusMillis(60)),
                status(id, "extracted", type, null, 300, start.plusMillis(360)),
                status(id, "completed", type, status, 400, start.plusMillis(400)));
    }

    public static ExtractionResult bankStatement(String id) {
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        fields.put("bank_name", field("State Bank of India"));
        fields.put("account_holder", field("Ravi Kumar " + PAN));
        fields.put("account_number", field(ACCOUNT));
        fields.put("opening_balance", field("12000.00"));
        fields.put("holder_pan", field(PAN));
        return ExtractionResult.newBuilder()
                .setDocumentId(id).setSource("statement.pdf").setSha256("ab".repeat(32)).setDocType(DocType.BANK_STATEMENT)
                .setStatus(ExtractionStatus.NEEDS_REVIEW).setFields(fields)
                .setLineItems(List.of(LineItem.newBuilder().setKind("transaction")
                        .setValues(Map.of("date", "2024-04-01", "description", "NEFT to " + ACCOUNT, "credit", "500.00")).build()))
                .setValidation(List.of(ValidationIssue.newBuilder().setRule("pan.format").setSeverity(Severity.ERROR)
                        .setMessage("PAN " + PAN + " looks odd").build()))
                .setExtractor("rules")
                .setAttempts(List.of(Attempt.newBuilder().setTier("rules").setOutcome("ok").setMillis(12).build()))
                .setReason("closing balance for account " + ACCOUNT + " does not follow")
                .setCompletedAt(Instant.now())
                .build();
    }

    public static ExtractionResult payslip(String id) {
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        fields.put("employer_name", field("Acme Tools Pvt Ltd"));
        fields.put("employee_pan", field(PAN));
        fields.put("net_pay", field("81234.00"));
        return ExtractionResult.newBuilder()
                .setDocumentId(id).setSource("payslip.pdf").setSha256("cd".repeat(32)).setDocType(DocType.PAYSLIP)
                .setStatus(ExtractionStatus.EXTRACTED).setFields(fields).setExtractor("rules")
                .setAttempts(List.of(Attempt.newBuilder().setTier("rules").setOutcome("ok").setMillis(9).build()))
                .setCompletedAt(Instant.now())
                .build();
    }

    private static FieldValue field(String value) {
        return FieldValue.newBuilder().setValue(value).setConfidence(0.9).setPage(1).build();
    }
}
