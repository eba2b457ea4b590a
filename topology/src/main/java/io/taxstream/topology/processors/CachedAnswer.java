package io.taxstream.topology.processors;

import io.taxstream.avro.ExtractionResult;
import java.time.Instant;
import org.apache.kafka.streams.kstream.ValueMapper;

/** Answers a resubmitted identical document from the result cache, under its own id and source. */
public final class CachedAnswer implements ValueMapper<Intake, ExtractionResult> {

    @Override
    public ExtractionResult apply(Intake intake) {
        return ExtractionResult.newBuilder(intake.cached())
                .setDocumentId(intake.meta().documentId())
                .setSource(intake.meta().source())
                .setSubmittedAt(intake.meta().submittedAt())
                .setCompletedAt(Instant.now())
                .setFromCache(true)
                .build();
    }
}
