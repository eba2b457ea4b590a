package io.taxstream.topology.processors;

import io.taxstream.avro.ClassifiedDocument;
import io.taxstream.processors.classify.Classification;
import io.taxstream.processors.pipeline.Pipeline;
import io.taxstream.processors.pipeline.PreparedDocuments;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/** Classifies a prepared document and packs it for its per-type topic. */
public final class ClassifyProcessor implements FixedKeyProcessor<String, PreparedIntake, ClassifiedDocument> {

    private final Pipeline pipeline;
    private FixedKeyProcessorContext<String, ClassifiedDocument> context;

    public ClassifyProcessor(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ClassifiedDocument> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, PreparedIntake> record) {
        PreparedIntake in = record.value();
        Classification c = pipeline.classify(in.document());
        ClassifiedDocument out = ClassifiedDocument.newBuilder()
                .setDocumentId(in.meta().documentId())
                .setSource(in.meta().source())
                .setSha256(in.meta().sha256())
                .setCacheKey(in.cacheKey())
                .setCacheable(!in.document().encrypted())
                .setSubmittedAt(in.meta().submittedAt())
                .setSubmitter(in.raw().getSubmitter())
                .setPriority(in.raw().getPriority())
                .setMetadata(in.meta().hints())
                .setDocType(c.type())
                .setClassifierConfidence(c.confidence())
                .setClassifier(c.classifier())
                .setDocument(PreparedDocuments.toAvro(in.document()))
                .build();
        context.forward(record.withValue(out));
    }
}
