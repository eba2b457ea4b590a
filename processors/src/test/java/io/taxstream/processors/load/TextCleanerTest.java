package io.taxstream.processors.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void shouldSpellOutEveryTypographicLigature() {
        assertThat(TextCleaner.clean("\uFB00\uFB01\uFB02\uFB03\uFB04\uFB05\uFB06")).isEqualTo("fffiflffifflstst");
    }

    @Test
    void shouldTurnEveryKindOfSpaceIntoAPlainSpace() {
        assertThat(TextCleaner.clean("a\u00A0b\u2007c\u202Fd\u2009e\u3000f")).isEqualTo("a b c d e f");
    }

    @Test
    void shouldDropInvisibleCharacters() {
        assertThat(TextCleaner.clean("\uFEFFPay\u200Bslip\u00AD\u200D\u2060\u0007")).isEqualTo("Payslip");
    }

    @Test
    void shouldReturnTheSameInstanceWhenNothingChanges() {
        String plain = "Gross Salary \u20B9 1,23,456.00 \u0928\u093E\u092E";
        assertThat(TextCleaner.clean(plain)).isSameAs(plain);
    }
}
