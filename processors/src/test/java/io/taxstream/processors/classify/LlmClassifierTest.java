package io.taxstream.processors.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.DocType;
import io.taxstream.processors.cascade.CircuitBreaker;
import io.taxstream.processors.fake.FakeOllama;
import io.taxstream.processors.fake.MutableClock;
import io.taxstream.processors.fake.TestDocuments;
import io.taxstream.processors.llm.OllamaLlmClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LlmClassifierTest {

    private final FakeOllama fake = FakeOllama.start();
    private final CircuitBreaker breaker = new CircuitBreaker(1, Duration.ofSeconds(30), MutableClock.atEpoch());

    @AfterEach
    void stop() {
        fake.close();
    }

    private LlmClassifier classifier(String host) {
        return new LlmClassifier(OllamaLlmClient.forHost(host), breaker, "llama3.2:1b", Duration.ofSeconds(2));
    }

    @Test
    void shouldTakeTheSmallModelsVerdictWithinTheContractsTypes() {
        fake.model("llama3.2:1b").answers("{\"doc_type\": \"PAYSLIP\"}");

        Classification c = classifier(fake.url()).classify(TestDocuments.text(TestDocuments.payslip()));

        assertThat(c.type()).isEqualTo(DocType.PAYSLIP);
        assertThat(c.classifier()).isEqualTo("llm");
        assertThat(fake.generations("llama3.2:1b").get(0).body().get("format").toString()).contains("INTEREST_CERTIFICATE");
    }

    @Test
    void shouldBeUnsureWhenTheServerIsDownAndOpenTheBreaker() {
        String host = fake.url();
        fake.close();

        Classification c = classifier(host).classify(TestDocuments.text(TestDocuments.payslip()));

        assertThat(c.confidence()).isZero();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
    }
}
