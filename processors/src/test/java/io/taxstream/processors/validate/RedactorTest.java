package io.taxstream.processors.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void shouldMaskEveryPanInAText() {
        assertThat(Redactor.redact("employee ABCPE1234F, employer aabca9876z."))
                .isEqualTo("employee ABCPE****F, employer aabca****z.");
    }

    @Test
    void shouldMaskLongDigitRunsKeepingTheLastFour() {
        assertThat(Redactor.redact("a/c 50100012345678 mobile 9876543210"))
                .isEqualTo("a/c XXXXXXXXXX5678 mobile XXXXXX3210");
        assertThat(Redactor.redact("aadhaar 1234 5678 9012")).isEqualTo("aadhaar XXXX XXXX 9012");
        assertThat(Redactor.redact("card 4111-1111-1111-1111")).isEqualTo("card XXXX-XXXX-XXXX-1111");
    }

    @Test
    void shouldLeaveAmountsDatesAndShortNumbersAlone() {
        String text = "paid 1,23,456.50 on 01/04/2023 at 10:15, ref 12345678, page 3 of 4, TAN MUMA12345B";
        assertThat(Redactor.redact(text)).isSameAs(text);
    }

    @Test
    void shouldNotTakeADateFollowedByATimeForAnAccount() {
        String text = "loaded at 01-04-2023 10:15:22";
        assertThat(Redactor.redact(text)).isEqualTo(text);
    }

    @Test
    void shouldAcceptNullAndEmptyText() {
        assertThat(Redactor.redact(null)).isNull();
        assertThat(Redactor.redact("")).isEmpty();
    }
}
