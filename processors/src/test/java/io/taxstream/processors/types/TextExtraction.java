package io.taxstream.processors.types;

import io.taxstream.avro.DocType;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.LineItem;
import io.taxstream.processors.classify.Classification;
import io.taxstream.processors.extract.Extraction;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.load.LoadFailure;
import io.taxstream.processors.load.TextDocumentLoader;
import io.taxstream.processors.model.Document;
import io.taxstream.processors.pipeline.DocumentMeta;
import io.taxstream.processors.pipeline.ResultAssembler;
import io.taxstream.processors.rules.DescribedExtractor;
import io.taxstream.processors.validate.ContractValidator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Test helper: extracts a column-aligned plain-text document as a given type and assembles the contract's result. */
final class TextExtraction {

    private TextExtraction() {
    }

    static ExtractionResult extract(DocType type, String text) {
        Document document;
        try {
            document = new TextDocumentLoader().load(DocumentInput.of(text.getBytes(StandardCharsets.UTF_8)));
        } catch (LoadFailure e) {
            throw new AssertionError(e);
        }
        Extraction extraction = new DescribedExtractor(DocumentTypes.of(type)).extract(document);
        return new ResultAssembler(0.6, "test").assemble(new DocumentMeta("test", "test.txt", "", Instant.EPOCH, Map.of()),
                new Classification(type, 1.0, "test"), document.pageCount(), extraction,
                new ContractValidator().validate(type, extraction));
    }

    /** Field name → value. */
    static Map<String, String> fields(ExtractionResult r) {
        return r.getFields().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getValue()));
    }

    /** The values of the line items. */
    static List<Map<String, String>> items(ExtractionResult r) {
        return r.getLineItems().stream().map(LineItem::getValues).toList();
    }
}
