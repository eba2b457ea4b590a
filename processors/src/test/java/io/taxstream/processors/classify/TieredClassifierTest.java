package io.taxstream.processors.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.DocType;
import io.taxstream.processors.fake.TestDocuments;
import io.taxstream.processors.model.Document;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TieredClassifierTest {

    private final Document document = TestDocuments.text("anything");

    private static Classifier fixed(DocType type, double confidence, String name, AtomicInteger calls) {
        return d -> {
            calls.incrementAndGet();
            return new Classification(type, confidence, name);
        };
    }

    @Test
    void shouldLetASureFirstTierDecideWithoutAskingTheNext() {
        AtomicInteger second = new AtomicInteger();
        TieredClassifier tiered = new TieredClassifier(List.of(
                new TieredClassifier.Tier(fixed(DocType.PAYSLIP, 0.9, "keywords", new AtomicInteger()), 0.8),
                new TieredClassifier.Tier(fixed(DocType.FORM_16, 0.99, "embedding", second), 0.6)));

        Classification c = tiered.classify(document);

        assertThat(c.classifier()).isEqualTo("keywords");
        assertThat(second).hasValue(0);
    }

    @Test
    void shouldAskTheNextTierWhenTheFirstIsUnsureAndNameTheTierThatDecided() {
        TieredClassifier tiered = new TieredClassifier(List.of(
                new TieredClassifier.Tier(fixed(DocType.PAYSLIP, 0.55, "keywords", new AtomicInteger()), 0.8),
                new TieredClassifier.Tier(fixed(DocType.FORM_16, 0.7, "embedding", new AtomicInteger()), 0.6)));

        Classification c = tiered.classify(document);

        assertThat(c.type()).isEqualTo(DocType.FORM_16);
        assertThat(c.classifier()).isEqualTo("embedding");
    }

    @Test
    void shouldLetAnUnsureLaterTierAboveItsFloorOverrideAnUnsureEarlierOne() {
        TieredClassifier tiered = new TieredClassifier(List.of(
                new TieredClassifier.Tier(fixed(DocType.PAYSLIP, 0.65, "keywords", new AtomicInteger()), 0.95),
                new TieredClassifier.Tier(fixed(DocType.FORM_16, 0.5, "embedding", new AtomicInteger()), 0.6, 0.45),
                new TieredClassifier.Tier(d -> Classification.unknown("llm"), 0.5, 0.5)));

        Classification c = tiered.classify(document);

        assertThat(c.type()).isEqualTo(DocType.FORM_16);
        assertThat(c.classifier()).isEqualTo("embedding");
    }

    @Test
    void shouldKeepTheMostConfidentVerdictWhenNoTierIsSureOrAboveItsFloor() {
        TieredClassifier tiered = new TieredClassifier(List.of(
                new TieredClassifier.Tier(fixed(DocType.PAYSLIP, 0.55, "keywords", new AtomicInteger()), 0.8, 0.9),
                new TieredClassifier.Tier(fixed(DocType.FORM_16, 0.4, "embedding", new AtomicInteger()), 0.6, 0.45),
                new TieredClassifier.Tier(d -> Classification.unknown("llm"), 0.5, 0.5)));

        Classification c = tiered.classify(document);

        assertThat(c.type()).isEqualTo(DocType.PAYSLIP);
        assertThat(c.classifier()).isEqualTo("keywords");
    }

    @Test
    void shouldPassOverATierThatFails() {
        TieredClassifier tiered = new TieredClassifier(List.of(
                new TieredClassifier.Tier(d -> {
                    throw new UnsatisfiedLinkError("no native runtime");
                }, 0.8),
                new TieredClassifier.Tier(fixed(DocType.FORM_16, 0.7, "keywords", new AtomicInteger()), 0.6)));

        assertThat(tiered.classify(document).type()).isEqualTo(DocType.FORM_16);
    }
}
