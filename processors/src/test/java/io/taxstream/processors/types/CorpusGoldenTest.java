package io.taxstream.processors.types;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.taxstream.avro.DocType;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.ExtractionStatus;
import io.taxstream.corpus.CorpusGenerator;
import io.taxstream.corpus.CorpusSpec;
import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.processors.classify.Classification;
import io.taxstream.processors.eval.Evaluation;
import io.taxstream.processors.eval.Truth;
import io.taxstream.processors.extract.Extraction;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.load.LoadFailure;
import io.taxstream.processors.load.Loaders;
import io.taxstream.processors.model.Document;
import io.taxstream.processors.pipeline.DocumentMeta;
import io.taxstream.processors.pipeline.ResultAssembler;
import io.taxstream.processors.rules.DescribedExtractor;
import io.taxstream.processors.validate.ContractValidator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files made by the corpus generator: each document beside its truth, extracted with its
 * true type and scored as the held-out corpus is. Every document that comes out EXTRACTED must be
 * right in every value; each type must reach the field F1 and item recall.
 */
class CorpusGoldenTest {

    private static final long SEED = 20240401L;
    private static final int PER_TYPE = 18;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> shouldExtractEveryFinancialDocumentOfTheCorpusWithoutAWrongValue() {
        List<DynamicTest> tests = new ArrayList<>();
        for (CorpusSpec.Kind kind : List.of(CorpusSpec.Kind.BANK_STATEMENT, CorpusSpec.Kind.INTEREST_CERTIFICATE,
                CorpusSpec.Kind.CAPITAL_GAINS, CorpusSpec.Kind.INVESTMENT_PROOF)) {
            Evaluation evaluation = new Evaluation();
            for (GeneratedDocument g : new CorpusGenerator().generate(new CorpusSpec(SEED, PER_TYPE, List.of(kind), Set.of()))) {
                tests.add(DynamicTest.dynamicTest(g.layout() + " " + g.fileName(), () -> {
                    Evaluation one = new Evaluation();
                    score(g, one, evaluation);
                    assertThat(one.scores().values()).allSatisfy(s -> assertThat(s.extractedWithWrongValue())
                            .as(String.join("\n", one.details())).isZero());
                }));
            }
            DocType type = DocType.valueOf(kind.name());
            tests.add(DynamicTest.dynamicTest(type + " reaches F1 0.97 and item recall 0.98", () -> {
                Evaluation.TypeScore s = evaluation.scores().get(type);
                assertThat(s.documents()).isGreaterThan(0);
                assertThat(s.f1()).as(String.join("\n", evaluation.details())).isGreaterThanOrEqualTo(0.97);
                assertThat(s.itemRecall()).as(String.join("\n", evaluation.details())).isGreaterThanOrEqualTo(0.98);
            }));
        }
        return tests.stream();
    }

    private static void score(GeneratedDocument g, Evaluation... evaluations) throws LoadFailure {
        Truth truth = Truth.of(JSON.valueToTree(g.truth()));
        Document d = Loaders.standard().load(new DocumentInput(g.content(), g.contentType(), g.password(), g.hints()));
        Extraction x = new DescribedExtractor(DocumentTypes.of(truth.type())).extract(d);
        ExtractionResult r = new ResultAssembler(0.6, "golden").assemble(new DocumentMeta(g.fileName(), g.fileName(), "",
                Instant.EPOCH, Map.of()), new Classification(truth.type(), 1.0, "truth"), d.pageCount(), x,
                new ContractValidator().validate(truth.type(), x));
        for (Evaluation e : evaluations) {
            e.add(g.fileName() + "[" + g.layout() + "]", truth, r);
        }
        assertThat(r.getStatus()).isNotEqualTo(ExtractionStatus.FAILED);
    }
}
