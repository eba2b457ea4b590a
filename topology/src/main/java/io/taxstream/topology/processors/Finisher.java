package io.taxstream.topology.processors;

import io.taxstream.avro.Attempt;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.ExtractionStatus;
import io.taxstream.processors.classify.Classification;
import io.taxstream.processors.pipeline.Pipeline;
import java.util.Set;
import org.apache.kafka.streams.kstream.ValueMapper;

/** The validate stage: runs the type's rules on a specialist's extraction and decides the status. */
public final class Finisher implements ValueMapper<SpecialistOutcome, Finished> {

    /** Attempt outcomes that say a tier did not get its chance; such results are not cached. */
    private static final Set<String> TRANSIENT = Set.of("timeout", "error", "offline");

    private final Pipeline pipeline;

    public Finisher(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Finished apply(SpecialistOutcome outcome) {
        var d = outcome.document();
        Classification classification = new Classification(d.getDocType(), d.getClassifierConfidence(), d.getClassifier());
        ExtractionResult result = pipeline.finish(Metas.of(d), classification, d.getDocument().getPageCount(),
                outcome.extraction());
        boolean cacheable = d.getCacheable() && result.getStatus() != ExtractionStatus.FAILED
                && result.getAttempts().stream().map(Attempt::getOutcome).noneMatch(TRANSIENT::contains);
        return new Finished(result, d.getCacheKey(), cacheable);
    }
}
