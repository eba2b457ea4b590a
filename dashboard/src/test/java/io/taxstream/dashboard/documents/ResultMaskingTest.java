package io.taxstream.dashboard.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taxstream.dashboard.Fixtures;
import io.taxstream.processors.contract.FieldKind;
import org.junit.jupiter.api.Test;

class ResultMaskingTest {

    @Test
    void shouldMaskPanAndAccountFieldsAndRedactFreeText() {
        ObjectNode masked = ResultMasking.mask(Fixtures.bankStatement("s-1"));
        assertThat(masked.at("/fields/account_number/value").asText()).isEqualTo("XXXXXXXXXXX6789");
        assertThat(masked.at("/fields/account_holder/value").asText()).isEqualTo("Ravi Kumar ABCPE****F");
        assertThat(masked.at("/fields/holder_pan/value").asText()).isEqualTo("ABCPE****F");
        assertThat(masked.at("/line_items/0/values/description").asText()).isEqualTo("NEFT to XXXXXXXXXXX6789");
        assertThat(masked.at("/validation/0/message").asText()).isEqualTo("PAN ABCPE****F looks odd");
        assertThat(masked.at("/reason").asText()).doesNotContain(Fixtures.ACCOUNT);
        assertThat(masked.toString()).doesNotContain(Fixtures.PAN).doesNotContain(Fixtures.ACCOUNT);
    }

    @Test
    void shouldLeaveNormalisedValuesAlone() {
        ObjectNode masked = ResultMasking.mask(Fixtures.bankStatement("s-1"));
        assertThat(masked.at("/fields/opening_balance/value").asText()).isEqualTo("12000.00");
        assertThat(masked.at("/fields/bank_name/value").asText()).isEqualTo("State Bank of India");
        assertThat(masked.at("/line_items/0/values/date").asText()).isEqualTo("2024-04-01");
        assertThat(masked.at("/sha256").asText()).isEqualTo("ab".repeat(32));
        assertThat(ResultMasking.value(FieldKind.AMOUNT, "1234567890.00")).isEqualTo("1234567890.00");
    }

    @Test
    void shouldMaskAPanFieldEvenWhenItIsMalformed() {
        assertThat(ResultMasking.value(FieldKind.PAN, "ABCP1234")).isEqualTo("********");
    }
}
