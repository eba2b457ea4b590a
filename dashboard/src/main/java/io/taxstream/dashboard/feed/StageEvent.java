package io.taxstream.dashboard.feed;

import io.taxstream.avro.DocumentStatus;
import io.taxstream.dashboard.SafeText;

/**
 * One stage event as the dashboard shows it: no source, the detail redacted.
 *
 * @param stage   received, prepared, classified, extracted, completed, cache_hit
 * @param at      when, epoch milliseconds
 * @param docType the document type once known, else null
 * @param status  EXTRACTED, NEEDS_REVIEW or FAILED once completed, else null
 * @param millis  time spent in the stage (for completed: since submission)
 * @param detail  a short remark, identifiers masked
 */
public record StageEvent(String stage, long at, String docType, String status, long millis, String detail) {

    public static StageEvent of(DocumentStatus s) {
        return new StageEvent(Stages.known(s.getStage()), s.getAt().toEpochMilli(),
                s.getDocType() == null ? null : s.getDocType().name(),
                s.getStatus() == null ? null : s.getStatus().name(), s.getMillis(), SafeText.text(s.getDetail()));
    }

    public boolean isFinal() {
        return Stages.isFinal(stage);
    }
}
