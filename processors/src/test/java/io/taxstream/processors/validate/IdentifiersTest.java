package io.taxstream.processors.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"ABCPE1234F", "AAACA1234B", "AABCB1234C", "AAAFF1234G", "AAAGG1234H", "AAAHH1234J",
            "AAALL1234K", "AAAJJ1234L", "AAATT1234M"})
    void shouldAcceptPansWhoseFourthLetterIsAHolderType(String pan) {
        assertThat(Identifiers.isValidPan(pan)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABCDE1234F", "ABCXE1234F", "ABCPE1234", "abcpe1234f", "ABCPE12345", "1BCPE1234F", ""})
    void shouldRejectPansWithAnUnknownHolderTypeOrWrongShape(String pan) {
        assertThat(Identifiers.isValidPan(pan)).isFalse();
    }

    @Test
    void shouldRejectNullIdentifiers() {
        assertThat(Identifiers.isValidPan(null)).isFalse();
        assertThat(Identifiers.isValidTan(null)).isFalse();
        assertThat(Identifiers.isValidIfsc(null)).isFalse();
    }

    @Test
    void shouldCheckTansAndIfscCodesByShape() {
        assertThat(Identifiers.isValidTan("MUMA12345B")).isTrue();
        assertThat(Identifiers.isValidTan("MUMAB2345B")).isFalse();
        assertThat(Identifiers.isValidTan("ABCDE1234F")).isFalse();
        assertThat(Identifiers.isValidIfsc("SBIN0001234")).isTrue();
        assertThat(Identifiers.isValidIfsc("HDFC0ABC123")).isTrue();
        assertThat(Identifiers.isValidIfsc("SBIN1001234")).isFalse();
        assertThat(Identifiers.isValidIfsc("SBIN000123")).isFalse();
    }

    @Test
    void shouldMaskTheDigitsOfAPan() {
        assertThat(Identifiers.maskPan("ABCDE1234F")).isEqualTo("ABCDE****F");
        assertThat(Identifiers.maskPan("not-a-pan")).isEqualTo("*********");
        assertThat(Identifiers.maskPan(null)).isEmpty();
    }

    @Test
    void shouldKeepOnlyTheLastFourCharactersOfAnAccount() {
        assertThat(Identifiers.maskAccount("501000001234")).isEqualTo("XXXXXXXX1234");
        assertThat(Identifiers.maskAccount("5010 0000 1234")).isEqualTo("XXXXXXXX1234");
        assertThat(Identifiers.maskAccount("XXXX XXXX 1234")).isEqualTo("XXXXXXXX1234");
        assertThat(Identifiers.maskAccount("1234")).isEqualTo("XXXX");
        assertThat(Identifiers.maskAccount(null)).isEmpty();
    }
}
