package io.taxstream.processors.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.DocType;
import io.taxstream.processors.classify.SampleTexts.Sample;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.load.LoadFailure;
import io.taxstream.processors.load.TextDocumentLoader;
import io.taxstream.processors.model.Document;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KeywordClassifierTest {

    private final KeywordClassifier classifier = new KeywordClassifier();

    static Document document(String text) {
        try {
            return new TextDocumentLoader().load(DocumentInput.of(text.getBytes(StandardCharsets.UTF_8)));
        } catch (LoadFailure e) {
            throw new AssertionError(e);
        }
    }

    static List<Sample> types() {
        return SampleTexts.types();
    }

    static List<Sample> nearMisses() {
        return SampleTexts.nearMisses();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void shouldRecogniseEveryTypeInSeveralWordings(Sample sample) {
        Classification verdict = classifier.classify(document(sample.text()));
        assertThat(verdict.type()).as(classifier.scores(document(sample.text())).toString()).isEqualTo(sample.expected());
        assertThat(verdict.confidence()).isGreaterThanOrEqualTo(KeywordClassifier.Settings.DEFAULTS.threshold());
        assertThat(verdict.classifier()).isEqualTo(KeywordClassifier.NAME);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nearMisses")
    void shouldNotTakeANearMissForAKnownType(Sample sample) {
        Classification verdict = classifier.classify(document(sample.text()));
        assertThat(verdict.type()).as(classifier.scores(document(sample.text())).toString()).isEqualTo(DocType.UNKNOWN);
    }

    @Test
    void shouldHaveEvidenceForEveryKnownTypeAndNearMissesStandingForUnknown() {
        assertThat(TypeEvidence.all()).extracting(e -> e.type().orElseThrow())
                .containsExactlyInAnyOrder(DocType.FORM_16, DocType.PAYSLIP, DocType.BANK_STATEMENT,
                        DocType.INTEREST_CERTIFICATE, DocType.CAPITAL_GAINS, DocType.INVESTMENT_PROOF);
        assertThat(NearMissEvidence.all()).allSatisfy(e -> assertThat(e.type()).isEmpty());
    }

    @Test
    void shouldBeUnsureOfThinEvidence() {
        Classification verdict = classifier.classify(document("premium paid"));
        assertThat(verdict.type()).isEqualTo(DocType.UNKNOWN);
        assertThat(verdict.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void shouldCallAnEmptyDocumentUnknown() {
        Document empty = new Document("text/plain", List.of());
        assertThat(classifier.classify(empty).type()).isEqualTo(DocType.UNKNOWN);
    }

    @Test
    void shouldWeighCuesOnTheFirstPageMore() {
        double onFirst = classifier.scores(document("Payslip\f")).get("PAYSLIP");
        double onSecond = classifier.scores(document("cover page\fPayslip")).get("PAYSLIP");
        assertThat(onFirst).isEqualTo(onSecond * 1.5);
    }

    @Test
    void shouldCountACueOnceHoweverOftenItRepeats() {
        double once = classifier.scores(document("net pay")).get("PAYSLIP");
        double thrice = classifier.scores(document("net pay net pay net pay")).get("PAYSLIP");
        assertThat(thrice).isEqualTo(once);
    }

    @Test
    void shouldSayUnknownBelowAConfigurableThreshold() {
        Document payslip = document(SampleTexts.types().get(3).text());
        KeywordClassifier strict = new KeywordClassifier(new KeywordClassifier.Settings(0.999999999, 2.5, 6, 1.5f));
        assertThat(classifier.classify(payslip).type()).isEqualTo(DocType.PAYSLIP);
        assertThat(strict.classify(payslip).type()).isEqualTo(DocType.UNKNOWN);
    }

    @Test
    void shouldBeLessConfidentWhenTwoTypesCompete() {
        Document clear = document("Statement of Account opening balance closing balance narration value date");
        Document mixed = document("Statement of Account opening balance closing balance narration value date "
                + "Interest Certificate interest paid fixed deposit");
        assertThat(classifier.classify(mixed).confidence()).isLessThan(classifier.classify(clear).confidence());
    }

    @Test
    void shouldMatchPhrasesWhateverTheirPunctuationAndCase() {
        double a = classifier.scores(document("FORM NO. 16")).get("FORM_16");
        double b = classifier.scores(document("form no 16")).get("FORM_16");
        double c = classifier.scores(document("Form-No.16")).get("FORM_16");
        assertThat(a).isPositive().isEqualTo(b).isEqualTo(c);
    }
}
