package io.taxstream.processors.classify.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.DocType;
import io.taxstream.processors.classify.Classification;
import io.taxstream.corpus.CorpusGenerator;
import io.taxstream.corpus.CorpusSpec;
import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.load.LoadFailure;
import io.taxstream.processors.load.Loaders;
import io.taxstream.processors.model.Document;
import java.util.Set;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingClassifierTest {

    @Test
    void shouldShipExamplesOfEveryTypeAndOfNearMisses() {
        List<LabelledExamples.Example> examples = LabelledExamples.shipped();

        assertThat(examples).extracting(LabelledExamples.Example::type).contains(DocType.values());
        assertThat(examples).allSatisfy(e -> assertThat(e.text().length()).isLessThanOrEqualTo(MiniLmEmbedder.MAX_CHARS));
    }

    @Test
    void shouldClassifyMostDocumentsOfACorpusItHasNotSeen() throws LoadFailure {
        List<CorpusSpec.Kind> kinds = List.of(CorpusSpec.Kind.FORM_16, CorpusSpec.Kind.PAYSLIP, CorpusSpec.Kind.BANK_STATEMENT,
                CorpusSpec.Kind.INTEREST_CERTIFICATE, CorpusSpec.Kind.CAPITAL_GAINS, CorpusSpec.Kind.INVESTMENT_PROOF,
                CorpusSpec.Kind.UNKNOWN);
        int right = 0;
        int all = 0;
        for (GeneratedDocument g : new CorpusGenerator().generate(new CorpusSpec(77, 3, kinds, Set.of()))) {
            Document d = Loaders.standard().load(new DocumentInput(g.content(), g.contentType(), g.password(), g.hints()));
            Classification c = EmbeddingClassifier.shared().classify(d);
            assertThat(c.classifier()).isEqualTo(EmbeddingClassifier.NAME);
            right += c.type() == DocType.valueOf(g.docType()) ? 1 : 0;
            all++;
        }

        assertThat((double) right / all).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void shouldGiveNearTextsNearVectors() {
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        float[] a = embedder.embed("Payslip for the month of March 2024, net pay");
        float[] b = embedder.embed("Salary slip for March 2024 with net salary");
        float[] c = embedder.embed("Capital gains statement from a depository for FY 2023-24");

        assertThat(Vectors.dot(a, b)).isGreaterThan(Vectors.dot(a, c));
        assertThat(Vectors.dot(a, a)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void shouldReadExampleLinesBackAsWritten() throws java.io.IOException {
        String line = LabelledExamples.line(DocType.FORM_16, "FORM NO. 16\nPART A");

        List<LabelledExamples.Example> back = LabelledExamples.parse(new java.io.BufferedReader(new java.io.StringReader(line)));

        assertThat(back).containsExactly(new LabelledExamples.Example(DocType.FORM_16, "FORM NO. 16\nPART A"));
    }
}
