package io.taxstream.processors.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.DocType;
import io.taxstream.processors.contract.ContractFields;
import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.contract.FieldSpec;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"  RAVI   KUMAR  \" | RAVI KUMAR",
            "\"Ravi\tKumar\" | Ravi Kumar",
            "\"Ravi\nKumar\" | Ravi Kumar",
            "\"Ravi\u00A0Kumar\" | Ravi Kumar",
            "\"Ravi\u200BKumar\" | RaviKumar",
            "\"ACME Technologies Pvt. Ltd.\" | ACME Technologies Pvt. Ltd.",
    })
    void shouldFoldWhiteSpaceInNamesAndText(String raw, String expected) {
        assertThat(Normalizers.name(raw)).contains(expected);
        assertThat(Normalizers.text(raw)).contains(expected);
    }

    @Test
    void shouldRejectBlankText() {
        assertThat(Normalizers.name("  \t ")).isEmpty();
        assertThat(Normalizers.text(null)).isEmpty();
    }

    @Test
    void shouldUpperCaseEnumValues() {
        assertThat(Normalizers.enumValue("old")).contains("OLD");
        assertThat(Normalizers.enumValue(" new regime ")).contains("NEW_REGIME");
        assertThat(Normalizers.normalize(FieldKind.ENUM, "Long")).contains("LONG");
    }

    @Test
    void shouldMatchEnumSymbolsIgnoringCaseAndPunctuation() {
        List<String> sections = List.of("80C", "80CCD(1B)", "80D", "24(b)", "10(13A)");
        assertThat(Normalizers.enumValue("80 ccd (1b)", sections)).contains("80CCD(1B)");
        assertThat(Normalizers.enumValue("24 (B)", sections)).contains("24(b)");
        assertThat(Normalizers.enumValue("10(13a)", sections)).contains("10(13A)");
        assertThat(Normalizers.enumValue("80E", sections)).isEmpty();
    }

    @Test
    void shouldUseAFieldsSymbolsForEnumFields() {
        FieldSpec proofKind = ContractFields.field(DocType.INVESTMENT_PROOF, "proof_kind").orElseThrow();
        assertThat(Normalizers.normalize(proofKind, "Life insurance premium")).contains("LIFE_INSURANCE_PREMIUM");
        assertThat(Normalizers.normalize(proofKind, "lottery ticket")).isEmpty();
        FieldSpec pan = ContractFields.field(DocType.FORM_16, "employee_pan").orElseThrow();
        assertThat(Normalizers.normalize(pan, "abcde1234f")).contains("ABCDE1234F");
    }

    @ParameterizedTest
    @EnumSource(FieldKind.class)
    void shouldGiveNothingForNullOrBlankInputOfEveryKind(FieldKind kind) {
        assertThat(Normalizers.normalize(kind, null)).isEmpty();
        assertThat(Normalizers.normalize(kind, " \t ")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(FieldKind.class)
    void shouldNeverThrowOnJunkInputOfEveryKind(FieldKind kind) {
        for (String junk : List.of("((((", "\u0000\u0001", "-/-", "99999999999999999999999999999999999999", "₹",
                "1,,2", "A.Y.", "xx/yy/zzzz", "\uD83D\uDE00")) {
            assertThat(Normalizers.normalize(kind, junk)).isNotNull();
        }
    }
}
