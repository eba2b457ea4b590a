package io.taxstream.app;

import io.taxstream.avro.DocType;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.ExtractionStatus;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Per document type: documents, status counts, cache hits and mean latency; printed as a table. */
final class Summary {

    private static final class Row {
        int documents;
        final Map<ExtractionStatus, Integer> statuses = new EnumMap<>(ExtractionStatus.class);
        int cached;
        long latencyMillis;
    }

    private final Map<DocType, Row> rows = new EnumMap<>(DocType.class);
    private int total;

    synchronized void add(ExtractionResult r) {
        Row row = rows.computeIfAbsent(r.getDocType(), t -> new Row());
        row.documents++;
        row.statuses.merge(r.getStatus(), 1, Integer::sum);
        if (r.getFromCache()) {
            row.cached++;
        }
        if (r.getSubmittedAt() != null && r.getCompletedAt() != null) {
            row.latencyMillis += Math.max(0, r.getCompletedAt().toEpochMilli() - r.getSubmittedAt().toEpochMilli());
        }
        total++;
    }

    synchronized int total() {
        return total;
    }

    synchronized int count(ExtractionStatus status) {
        return rows.values().stream().mapToInt(r -> r.statuses.getOrDefault(status, 0)).sum();
    }

    synchronized void print(PrintWriter out) {
        out.printf(Locale.ROOT, "%-21s %9s %9s %12s %7s %7s %14s%n", "type", "documents", "EXTRACTED", "NEEDS_REVIEW",
                "FAILED", "cached", "mean latency");
        rows.forEach((type, r) -> out.printf(Locale.ROOT, "%-21s %9d %9d %12d %7d %7d %11d ms%n", type, r.documents,
                r.statuses.getOrDefault(ExtractionStatus.EXTRACTED, 0), r.statuses.getOrDefault(ExtractionStatus.NEEDS_REVIEW, 0),
                r.statuses.getOrDefault(ExtractionStatus.FAILED, 0), r.cached, r.documents == 0 ? 0 : r.latencyMillis / r.documents));
        out.printf(Locale.ROOT, "%-21s %9d %9d %12d %7d%n", "all", total, count(ExtractionStatus.EXTRACTED),
                count(ExtractionStatus.NEEDS_REVIEW), count(ExtractionStatus.FAILED));
    }
}
