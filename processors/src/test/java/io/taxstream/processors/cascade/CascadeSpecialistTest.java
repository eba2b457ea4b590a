package io.taxstream.processors.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.taxstream.avro.DocType;
import io.taxstream.processors.classify.Classification;
import io.taxstream.processors.config.Config;
import io.taxstream.processors.extract.Extraction;
import io.taxstream.processors.extract.RulesSpecialist;
import io.taxstream.processors.extract.TierAttempt;
import io.taxstream.processors.fake.FakeOllama;
import io.taxstream.processors.fake.ModelScript;
import io.taxstream.processors.fake.MutableClock;
import io.taxstream.processors.fake.TestDocuments;
import io.taxstream.processors.pipeline.Pipelines;
import io.taxstream.processors.validate.ContractValidator;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CascadeSpecialistTest {

    private static final String PRIMARY = "llama3.2:3b";
    private static final String SECONDARY = "llama3.2:1b";
    private static final String ANSWER = """
            {"employer_name": "Acme Technologies Pvt Ltd", "employee_name": "Ravi Kumar", "pay_period": "March 2024",
             "gross_earnings": "50,000.00", "total_deductions": "5,000.00", "net_pay": "45,000.00"}""";
    private static final Classification PAYSLIP = new Classification(DocType.PAYSLIP, 0.95, "test");

    private final FakeOllama fake = FakeOllama.start();
    private final MutableClock clock = MutableClock.atEpoch();

    @AfterEach
    void stop() {
        fake.close();
    }

    private CascadeSpecialist cascade(String host, String policy) {
        return cascade(host, policy, Map.of());
    }

    private CascadeSpecialist cascade(String host, String policy, Map<String, String> more) {
        Map<String, String> flags = new HashMap<>(Map.of("ollama.host", host, "cascade.policy", policy,
                "llm.timeout.ms", "1000", "llm.breaker.cooldown.ms", "30000"));
        flags.putAll(more);
        return LlmTiers.fromConfig(Config.of(flags), new RulesSpecialist(Pipelines.extractors()), new ContractValidator(),
                clock).specialist();
    }

    private static Extraction extract(CascadeSpecialist cascade, String text) {
        return cascade.extract(TestDocuments.text(text), PAYSLIP, Map.of());
    }

    private static String withoutNetPay() {
        return TestDocuments.payslip().replace("Net Pay: Rs. 45,000.00\n", "");
    }

    @Test
    void shouldAcceptACompleteValidRulesResultWithoutAskingAModel() {
        fake.model(PRIMARY).answers(ANSWER);

        Extraction result = extract(cascade(fake.url(), "rules-first"), TestDocuments.payslip());

        assertThat(result.extractor()).isEqualTo("rules");
        assertThat(result.attempts()).extracting(TierAttempt::tier).containsExactly("rules");
        assertThat(fake.requests("/api/generate")).isEmpty();
    }

    @Test
    void shouldAskThePrimaryModelWhenTheRulesLeaveARequiredFieldOut() {
        fake.model(PRIMARY).answers(ANSWER);

        Extraction result = extract(cascade(fake.url(), "rules-first"), withoutNetPay());

        assertThat(result.value("net_pay")).isEqualTo("45000.00");
        assertThat(result.extractor()).contains("ollama:" + PRIMARY);
        assertThat(result.attempts()).extracting(TierAttempt::tier).containsExactly("rules", "ollama");
        assertThat(fake.model(SECONDARY).calls()).isZero();
    }

    @Test
    void shouldAskTheModelsFirstUnderTheLlmFirstPolicy() {
        fake.model(PRIMARY).answers(ANSWER);

        Extraction result = extract(cascade(fake.url(), "llm-first"), TestDocuments.payslip());

        assertThat(result.attempts().get(0).tier()).isEqualTo("ollama");
        assertThat(result.extractor()).startsWith("ollama:" + PRIMARY);
    }

    @Test
    void shouldMoveToTheSmallerModelWhenThePrimaryRunsOutOfMemoryAndPassItOverAfterwards() {
        fake.model(PRIMARY).always(ModelScript.outOfMemory());
        fake.model(SECONDARY).answers(ANSWER);
        CascadeSpecialist cascade = cascade(fake.url(), "llm-first");

        Extraction first = extract(cascade, TestDocuments.payslip());
        Extraction second = extract(cascade, TestDocuments.payslip());

        assertThat(first.attempts()).extracting(TierAttempt::model, TierAttempt::outcome).startsWith(
                tuple(PRIMARY, "error"), tuple(SECONDARY, "ok"));
        assertThat(first.attempts().get(0).detail()).contains("out-of-memory");
        assertThat(first.value("net_pay")).isEqualTo("45000.00");
        assertThat(second.attempts().get(0).outcome()).isEqualTo("skipped");
        assertThat(fake.model(PRIMARY).calls()).isEqualTo(1);
    }

    @Test
    void shouldMoveToTheFasterModelAfterATimeout() {
        fake.model(PRIMARY).always(ModelScript.hang());
        fake.model(SECONDARY).answers(ANSWER);

        Extraction result = extract(cascade(fake.url(), "llm-first"), TestDocuments.payslip());

        assertThat(result.attempts()).extracting(TierAttempt::outcome).startsWith("timeout", "ok");
        assertThat(result.extractor()).contains("ollama:" + SECONDARY);
    }

    @Test
    void shouldRepairInvalidJsonOnceThenMoveToTheNextModel() {
        fake.model(PRIMARY).answers("{\"net_pay\": ");
        fake.model(SECONDARY).answers(ANSWER);

        Extraction result = extract(cascade(fake.url(), "llm-first"), TestDocuments.payslip());

        assertThat(result.attempts()).extracting(TierAttempt::model, TierAttempt::outcome).startsWith(
                tuple(PRIMARY, "invalid"), tuple(PRIMARY, "invalid"),
                tuple(SECONDARY, "ok"));
        assertThat(fake.model(PRIMARY).calls()).isEqualTo(2);
    }

    @Test
    void shouldMoveToTheNextModelWhenTheServerLacksOne() {
        fake.model(PRIMARY).missing();
        fake.model(SECONDARY).answers(ANSWER);

        Extraction result = extract(cascade(fake.url(), "llm-first"), TestDocuments.payslip());

        assertThat(result.attempts().get(0).detail()).contains("model-not-found");
        assertThat(result.extractor()).contains("ollama:" + SECONDARY);
    }

    @Test
    void shouldStopAskingModelsOnceTheDocumentsTimeBudgetIsSpent() {
        fake.model(PRIMARY).always(ModelScript.hang());
        fake.model(SECONDARY).answers(ANSWER);

        Extraction result = extract(cascade(fake.url(), "llm-first", Map.of("cascade.budget.ms", "1500")),
                TestDocuments.payslip());

        assertThat(result.attempts()).extracting(TierAttempt::model, TierAttempt::outcome)
                .startsWith(tuple(PRIMARY, "timeout"), tuple(SECONDARY, "timeout"));
        assertThat(result.attempts().get(1).detail()).isEqualTo("time budget spent");
        assertThat(fake.model(SECONDARY).calls()).isZero();
        assertThat(result.value("net_pay")).as("the rules tier still answers").isEqualTo("45000.00");
    }

    @Test
    void shouldPreferTheValueThatValidatesWhenTiersDisagree() {
        // the model reads the gross figure as net pay: grounded, but payslip.net_pay fails with it
        fake.model(PRIMARY).answers(ANSWER.replace("\"net_pay\": \"45,000.00\"", "\"net_pay\": \"50,000.00\""));
        fake.model(SECONDARY).answers(ANSWER.replace("\"net_pay\": \"45,000.00\"", "\"net_pay\": \"50,000.00\""));

        Extraction result = extract(cascade(fake.url(), "llm-first"), TestDocuments.payslip());

        assertThat(result.value("net_pay")).isEqualTo("45000.00");
        assertThat(result.extractor()).contains("rules");
    }

    @Test
    void shouldOpenTheCircuitWhenTheServerRefusesAndCloseItWhenTheServerIsBack() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        CascadeSpecialist cascade = cascade("http://127.0.0.1:" + port, "rules-first");

        Extraction refused = extract(cascade, withoutNetPay());
        Extraction skipped = extract(cascade, withoutNetPay());

        assertThat(refused.attempts()).extracting(TierAttempt::outcome).containsExactly("ok", "offline");
        assertThat(skipped.attempts().get(1).detail()).contains("circuit open");
        assertThat(cascade.state().circuit().state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(skipped.fields()).isNotEmpty();

        try (FakeOllama back = FakeOllama.start(port)) {
            back.model(PRIMARY).answers(ANSWER);
            clock.advance(Duration.ofSeconds(31));

            Extraction recovered = extract(cascade, withoutNetPay());

            assertThat(recovered.value("net_pay")).isEqualTo("45000.00");
            assertThat(cascade.state().circuit().state()).isEqualTo(CircuitBreaker.State.CLOSED);
        }
    }

    @Test
    void shouldFlagInjectedInstructionsForTheReviewer() {
        fake.model(PRIMARY).answers(ANSWER.replace("45,000.00", "4,50,000.00"));

        Extraction result = extract(cascade(fake.url(), "llm-first"), TestDocuments.injectedPayslip());

        assertThat(result.value("net_pay")).isEqualTo("45000.00");
        assertThat(result.notes()).anyMatch(n -> n.contains("prompt injection"));
    }

    @Test
    void shouldNotAskAModelAboutAnUnrecognisedDocument() {
        fake.model(PRIMARY).answers(ANSWER);

        Extraction result = cascade(fake.url(), "llm-first").extract(TestDocuments.text(TestDocuments.payslip()),
                Classification.unknown("test"), Map.of());

        assertThat(result.fields()).isEmpty();
        assertThat(fake.requests("/api/generate")).isEmpty();
    }

    @Test
    void shouldStayOnTheRulesWhenTheLlmTiersAreDisabled() {
        Map<String, String> flags = Map.of("ollama.host", fake.url(), "llm.enabled", "false");
        CascadeSpecialist cascade = LlmTiers.fromConfig(Config.of(flags), new RulesSpecialist(Pipelines.extractors()),
                new ContractValidator(), clock).specialist();

        Extraction result = extract(cascade, withoutNetPay());

        assertThat(result.attempts()).extracting(TierAttempt::outcome).containsExactly("ok", "skipped");
        assertThat(fake.requests("/api/generate")).isEmpty();
    }
}
