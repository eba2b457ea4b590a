package io.taxstream.topology.processors;

import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.pipeline.Pipeline;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/** Reads a document's text layer (PDFBox, passwords, limits); unreadable input becomes a FAILED result. */
public final class PrepareProcessor implements FixedKeyProcessor<String, Intake, PreparedIntake> {

    private final Pipeline pipeline;
    private FixedKeyProcessorContext<String, PreparedIntake> context;

    public PrepareProcessor(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, PreparedIntake> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Intake> record) {
        Intake intake = record.value();
        long start = System.nanoTime();
        byte[] content = new byte[intake.raw().getContent().remaining()];
        intake.raw().getContent().duplicate().get(content);
        DocumentInput input = new DocumentInput(content, intake.raw().getContentType(),
                Optional.ofNullable(intake.password()), intake.meta().hints());
        Pipeline.Prepared prepared = pipeline.prepare(intake.meta(), input);
        long millis = (System.nanoTime() - start) / 1_000_000;
        context.forward(record.withValue(new PreparedIntake(intake.raw(), intake.meta(), intake.cacheKey(),
                prepared.document(), prepared.failure(), millis)));
    }
}
