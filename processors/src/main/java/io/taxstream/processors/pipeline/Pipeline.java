package io.taxstream.processors.pipeline;

import io.taxstream.avro.ExtractionResult;
import io.taxstream.processors.classify.Classification;
import io.taxstream.processors.classify.Classifier;
import io.taxstream.processors.extract.Extraction;
import io.taxstream.processors.extract.Specialist;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.load.DocumentLoader;
import io.taxstream.processors.load.LoadFailure;
import io.taxstream.processors.model.Document;
import io.taxstream.processors.validate.Issue;
import io.taxstream.processors.validate.Validator;
import java.util.List;
import java.util.Objects;

/**
 * The stages a document goes through, each callable on its own (the topology calls them from
 * separate processors) or all at once ({@link #process}, used by the {@code extract} command).
 * Stages never throw for bad input: unreadable input becomes a FAILED result with a reason.
 */
public final class Pipeline {

    private final DocumentLoader loader;
    private final Classifier classifier;
    private final Specialist specialist;
    private final Validator validator;
    private final ResultAssembler assembler;

    public Pipeline(DocumentLoader loader, Classifier classifier, Specialist specialist, Validator validator,
                    ResultAssembler assembler) {
        this.loader = Objects.requireNonNull(loader);
        this.classifier = Objects.requireNonNull(classifier);
        this.specialist = Objects.requireNonNull(specialist);
        this.validator = Objects.requireNonNull(validator);
        this.assembler = Objects.requireNonNull(assembler);
    }

    /** The outcome of preparing: a document, or a FAILED result saying why not. */
    public record Prepared(Document document, ExtractionResult failure) {

        public boolean failed() {
            return failure != null;
        }
    }

    public Prepared prepare(DocumentMeta meta, DocumentInput input) {
        try {
            return new Prepared(loader.load(input), null);
        } catch (LoadFailure e) {
            return new Prepared(null, assembler.failed(meta, e.getMessage()));
        } catch (RuntimeException e) {
            // a parser bug on hostile input must not stop the partition
            return new Prepared(null, assembler.failed(meta, "unreadable document (" + e.getClass().getSimpleName() + ")"));
        }
    }

    public Classification classify(Document document) {
        return classifier.classify(document);
    }

    public Extraction extract(Document document, Classification classification, DocumentMeta meta) {
        try {
            return specialist.extract(document, classification, meta.hints());
        } catch (RuntimeException e) {
            // an extractor bug on an odd document sends it to review instead of stopping the partition
            return Extraction.none("rules", "extractor error (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Validates an extraction and assembles the contract's result with its status. */
    public ExtractionResult finish(DocumentMeta meta, Classification classification, int pageCount, Extraction extraction) {
        List<Issue> issues = validator.validate(classification.type(), extraction);
        return assembler.assemble(meta, classification, pageCount, extraction, issues);
    }

    /** All stages: bytes in, the contract's result out. */
    public ExtractionResult process(DocumentMeta meta, DocumentInput input) {
        Prepared prepared = prepare(meta, input);
        if (prepared.failed()) {
            return prepared.failure();
        }
        Document document = prepared.document();
        Classification classification = classify(document);
        Extraction extraction = extract(document, classification, meta);
        return finish(meta, classification, document.pageCount(), extraction);
    }

    public ResultAssembler assembler() {
        return assembler;
    }

    /** The extraction stage, e.g. a cascade whose model state the dashboard shows. */
    public Specialist specialist() {
        return specialist;
    }
}
