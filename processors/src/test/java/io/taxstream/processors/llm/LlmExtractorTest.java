package io.taxstream.processors.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.DocType;
import io.taxstream.processors.extract.TierAttempt;
import io.taxstream.processors.fake.FakeOllama;
import io.taxstream.processors.fake.FakeOllama.Recorded;
import io.taxstream.processors.fake.ModelScript;
import io.taxstream.processors.fake.TestDocuments;
import io.taxstream.processors.llm.LlmException.Kind;
import io.taxstream.processors.model.Document;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LlmExtractorTest {

    private static final String MODEL = "llama3.2:3b";
    private static final String PAYSLIP_ANSWER = """
            {"employer_name": "Acme Technologies Pvt Ltd", "employee_name": "Ravi Kumar", "pay_period": "March 2024",
             "gross_earnings": "50000", "total_deductions": "5,000.00", "net_pay": "Rs. 45,000.00"}""";

    private final FakeOllama fake = FakeOllama.start();
    private final LlmSettings settings = LlmSettings.defaults().withTimeout(Duration.ofSeconds(2))
            .withKeepAlive(m -> "7m");

    @AfterEach
    void stop() {
        fake.close();
    }

    private ModelRun run(LlmSettings s, Document document, DocType type) {
        return new LlmExtractor(OllamaLlmClient.forHost(fake.url()), s).run(MODEL, LlmInput.of(document, type));
    }

    private int numCtxSent() {
        List<Recorded> sent = fake.generations(MODEL);
        return ((Number) sent.get(sent.size() - 1).options().get("num_ctx")).intValue();
    }

    @Test
    void shouldNormaliseGroundedValuesAndNameTheModelAsExtractor() {
        fake.model(MODEL).answers(PAYSLIP_ANSWER);

        ModelRun run = run(settings, TestDocuments.text(TestDocuments.payslip()), DocType.PAYSLIP);

        assertThat(run.succeeded()).isTrue();
        assertThat(run.extraction().extractor()).isEqualTo("ollama:" + MODEL);
        assertThat(run.extraction().value("net_pay")).isEqualTo("45000.00");
        assertThat(run.extraction().value("gross_earnings")).isEqualTo("50000.00");
        assertThat(run.extraction().value("pay_period")).isEqualTo("2024-03");
        assertThat(run.attempts()).extracting(TierAttempt::outcome).containsExactly("ok");
        assertThat(fake.generations(MODEL).get(0).body()).containsEntry("keep_alive", "7m");
    }

    @Test
    void shouldLeaveBoilerplateOutOfThePrompt() {
        fake.model(MODEL).answers(PAYSLIP_ANSWER);

        run(settings, TestDocuments.text(TestDocuments.payslip()), DocType.PAYSLIP);

        assertThat(fake.generations(MODEL).get(0).prompt()).contains("Net Pay").doesNotContain("computer generated");
    }

    @Test
    void shouldSizeTheContextFromEachTypesDefault() {
        fake.model(MODEL).answers("{}");
        Document shortDocument = TestDocuments.text("Interest certificate\nTotal interest 1,200.00\n");

        run(settings, shortDocument, DocType.INTEREST_CERTIFICATE);
        int interest = numCtxSent();
        run(settings, shortDocument, DocType.PAYSLIP);
        int payslip = numCtxSent();
        run(settings, shortDocument, DocType.FORM_16);
        int form16 = numCtxSent();

        assertThat(List.of(interest, payslip, form16)).containsExactly(1024, 2048, 6144);
    }

    @Test
    void shouldRaiseTheContextForALongDocument() {
        fake.model(MODEL).answers("{}");
        StringBuilder text = new StringBuilder(TestDocuments.payslip());
        for (int i = 0; i < 50; i++) {
            text.append("Arrears adjustment for earlier period number ").append(i).append("    1,234.00    0.00\n");
        }

        run(settings, TestDocuments.text(text.toString()), DocType.PAYSLIP);

        assertThat(numCtxSent()).isGreaterThan(2048).isLessThanOrEqualTo(settings.maxContext())
                .satisfies(n -> assertThat(n % 512).isZero());
    }

    @Test
    void shouldSplitADocumentBeyondTheCapByPageAndMergeTheParts() {
        fake.model(MODEL).answers(body -> String.valueOf(body.get("prompt")).contains("Employee Name")
                ? "{\"employee_name\": \"Ravi Kumar\"}" : "{\"net_pay\": \"45,000.00\"}");
        StringBuilder text = new StringBuilder("Acme Technologies Pvt Ltd\nEmployee Name: Ravi Kumar\n\f");
        for (int page = 0; page < 3; page++) {
            for (int i = 0; i < 55; i++) {
                text.append("Ledger line ").append(page).append('-').append(i).append(" carried forward   1,000.00  2,000.00\n");
            }
            text.append("\f");
        }
        text.append("Net Pay 45,000.00\n");

        ModelRun run = run(settings.withMaxContext(4096), TestDocuments.text(text.toString()), DocType.PAYSLIP);

        assertThat(fake.generations(MODEL)).hasSizeGreaterThan(1)
                .allSatisfy(r -> assertThat(((Number) r.options().get("num_ctx")).intValue()).isLessThanOrEqualTo(4096));
        assertThat(run.extraction().value("employee_name")).isEqualTo("Ravi Kumar");
        assertThat(run.extraction().value("net_pay")).isEqualTo("45000.00");
        assertThat(run.attempts().get(run.attempts().size() - 1).detail()).contains("parts");
    }

    @Test
    void shouldRepairInvalidJsonOnceAndRecordBothAttempts() {
        fake.model(MODEL).then(ModelScript.answer("Sure! Here is the JSON: {net_pay: 45000")).answers(PAYSLIP_ANSWER);

        ModelRun run = run(settings, TestDocuments.text(TestDocuments.payslip()), DocType.PAYSLIP);

        assertThat(run.succeeded()).isTrue();
        assertThat(run.attempts()).extracting(TierAttempt::outcome).containsExactly("invalid", "ok");
        assertThat(String.valueOf(fake.generations(MODEL).get(1).body().get("system"))).contains("not valid JSON");
    }

    @Test
    void shouldGiveUpAfterOneRepair() {
        fake.model(MODEL).answers("not json at all");

        ModelRun run = run(settings, TestDocuments.text(TestDocuments.payslip()), DocType.PAYSLIP);

        assertThat(run.succeeded()).isFalse();
        assertThat(run.failure().kind()).isEqualTo(Kind.INVALID_OUTPUT);
        assertThat(fake.generations(MODEL)).hasSize(2);
    }

    @Test
    void shouldDropAValueThatAnInjectedInstructionAsksFor() {
        fake.model(MODEL).answers(PAYSLIP_ANSWER.replace("Rs. 45,000.00", "4,50,000.00"));

        ModelRun run = run(settings, TestDocuments.text(TestDocuments.injectedPayslip()), DocType.PAYSLIP);

        assertThat(run.extraction().fields()).doesNotContainKey("net_pay").containsKey("gross_earnings");
        assertThat(run.attempts().get(0).detail()).contains("dropped ungrounded net_pay").doesNotContain("450000");
        assertThat(fake.generations(MODEL).get(0).prompt()).doesNotContainIgnoringCase("ignore the figures");
    }
}
