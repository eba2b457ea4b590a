package io.taxstream.processors.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.DocType;
import io.taxstream.corpus.CorpusGenerator;
import io.taxstream.corpus.CorpusSpec;
import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.load.LoadFailure;
import io.taxstream.processors.load.Loaders;
import io.taxstream.processors.model.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The keyword classifier on the generated corpus: all seven types and the near misses. */
class CorpusClassificationTest {

    private static final List<CorpusSpec.Kind> ALL = List.of(CorpusSpec.Kind.FORM_16, CorpusSpec.Kind.PAYSLIP,
            CorpusSpec.Kind.BANK_STATEMENT, CorpusSpec.Kind.INTEREST_CERTIFICATE, CorpusSpec.Kind.CAPITAL_GAINS,
            CorpusSpec.Kind.INVESTMENT_PROOF, CorpusSpec.Kind.UNKNOWN);

    private final KeywordClassifier classifier = new KeywordClassifier();

    @Test
    void shouldClassifyAtLeast99PercentOfTheCorpusRightAndConfidently() throws LoadFailure {
        List<GeneratedDocument> docs = new CorpusGenerator().generate(new CorpusSpec(77L, 16, ALL, Set.of()));
        List<String> wrong = new ArrayList<>();
        int total = 0;
        for (GeneratedDocument g : docs) {
            Document d = Loaders.standard().load(new DocumentInput(g.content(), g.contentType(), g.password(), g.hints()));
            Classification c = classifier.classify(d);
            total++;
            boolean known = !g.docType().equals(DocType.UNKNOWN.name());
            if (!c.type().name().equals(g.docType()) || known && c.confidence() < 0.9) {
                wrong.add(g.layout() + " -> " + c.type() + " " + c.confidence());
            }
        }
        assertThat(1.0 - (double) wrong.size() / total).as(String.join("\n", wrong)).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void shouldNotCountAPhraseThatTheDocumentDenies() {
        Document denied = KeywordClassifierTest.document("""
                Consolidated Account Statement
                Holdings as on 31-Mar-2024   Market Value   Cost Value   Units   NAV
                This statement shows holdings only; it is not a capital gains statement.
                """);

        assertThat(classifier.classify(denied).type()).isEqualTo(DocType.UNKNOWN);
        assertThat(classifier.scores(denied).get("CAPITAL_GAINS")).isLessThan(6.0);
    }

    @Test
    void shouldNotTakeAForm16ListingItsDeductionsForAnInvestmentProof() {
        Document form16 = KeywordClassifierTest.document("""
                FORM NO. 16
                Certificate under section 203 of the Income-tax Act, 1961 for tax deducted at source on salary
                PART B
                Gross Salary                                   12,00,000
                Deductions under Chapter VI-A
                80C - Life insurance premium, PPF, ELSS            1,50,000
                80CCD(1B) - National Pension System                   50,000
                80D - Health insurance premium                        25,000
                Total taxable income                              9,25,000
                """);

        assertThat(classifier.classify(form16).type()).isEqualTo(DocType.FORM_16);
    }
}
