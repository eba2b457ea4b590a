package io.taxstream.processors.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.DocType;
import io.taxstream.processors.fake.TestDocuments;
import io.taxstream.processors.llm.GroundingGuard.Grounded;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroundingGuardTest {

    private final GroundingGuard guard = new GroundingGuard();

    private static DocumentEvidence evidence(String text) {
        return DocumentEvidence.of(TestDocuments.text(text));
    }

    @Test
    void shouldAcceptAnAmountPrintedInAnotherGrouping() {
        Grounded g = guard.ground(DocType.PAYSLIP, new LlmAnswer(Map.of("gross_earnings", "1,23,456.5"), List.of()),
                evidence("Gross Earnings  123,456.50\n"));

        assertThat(g.fields().get("gross_earnings").value()).isEqualTo("123456.50");
        assertThat(g.fields().get("gross_earnings").page()).isEqualTo(1);
        assertThat(g.dropped()).isEmpty();
    }

    @Test
    void shouldDropAnAmountTheDocumentDoesNotPrint() {
        Grounded g = guard.ground(DocType.PAYSLIP, new LlmAnswer(Map.of("net_pay", "99,999.00"), List.of()),
                evidence(TestDocuments.payslip()));

        assertThat(g.fields()).doesNotContainKey("net_pay");
        assertThat(g.dropped()).containsExactly("net_pay");
    }

    @Test
    void shouldNotTakeAValuePrintedOnlyInAnInstructionAsEvidence() {
        Grounded g = guard.ground(DocType.PAYSLIP, new LlmAnswer(Map.of("net_pay", "450000"), List.of()),
                evidence(TestDocuments.injectedPayslip()));

        assertThat(g.dropped()).containsExactly("net_pay");
    }

    @Test
    void shouldAcceptATotalThatAValidationRuleDerivesFromGroundedValues() {
        String noNetPay = "Gross Earnings 50,000.00\nTotal Deductions 5,000.00\n";
        Grounded g = guard.ground(DocType.PAYSLIP, new LlmAnswer(Map.of("gross_earnings", "50000",
                "total_deductions", "5000", "net_pay", "45000"), List.of()), evidence(noNetPay));

        assertThat(g.fields().get("net_pay").value()).isEqualTo("45000.00");
        assertThat(g.fields().get("net_pay").confidence()).isLessThan(g.fields().get("gross_earnings").confidence());
    }

    @Test
    void shouldRejectATotalThatTheRuleContradicts() {
        String noNetPay = "Gross Earnings 50,000.00\nTotal Deductions 5,000.00\n";
        Grounded g = guard.ground(DocType.PAYSLIP, new LlmAnswer(Map.of("gross_earnings", "50000",
                "total_deductions", "5000", "net_pay", "46000"), List.of()), evidence(noNetPay));

        assertThat(g.dropped()).containsExactly("net_pay");
    }

    @Test
    void shouldFindNamesIgnoringCaseAndSpacing() {
        Grounded g = guard.ground(DocType.PAYSLIP, new LlmAnswer(Map.of("employee_name", "RAVI  KUMAR",
                "employer_name", "Globex Ltd"), List.of()), evidence(TestDocuments.payslip()));

        assertThat(g.fields().get("employee_name").value()).isEqualTo("RAVI KUMAR");
        assertThat(g.dropped()).containsExactly("employer_name");
    }

    @Test
    void shouldKeepOnlyTheGroundedValuesOfLineItems() {
        Grounded g = guard.ground(DocType.PAYSLIP, new LlmAnswer(Map.of(), List.of(
                Map.of("name", "Basic", "type", "EARNING", "amount", "30000"),
                Map.of("name", "Bonus", "type", "EARNING", "amount", "77,777"))), evidence(TestDocuments.payslip()));

        assertThat(g.items()).hasSize(1);
        assertThat(g.items().get(0).values()).containsEntry("amount", "30000.00").containsEntry("type", "EARNING");
        assertThat(g.dropped()).contains("pay_component.name", "pay_component.amount");
    }
}
