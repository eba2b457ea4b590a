package io.taxstream.processors.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordCandidatesTest {

    private static final Map<String, String> ALL = Map.of("pan", "abcpe1234f", "tan", "muma12345b",
            "name", "Smt. Priya Sharma", "dob", "05/03/1990", "account_number", "5010-0012-3456-78",
            "customer_id", "12345678", "mobile", "98765 43210");

    @Test
    void shouldPutTheLikeliestConventionsFirst() {
        assertThat(PasswordCandidates.from(ALL).asList()).startsWith("ABCPE1234F", "abcpe1234f", "priy0503",
                "12345678", "abcpe1234f05031990", "05031990", "PRIY0503");
    }

    @Test
    void shouldBuildEveryConventionFromItsHints() {
        assertThat(PasswordCandidates.from(ALL, 50).asList()).contains("priy05031990", "PRIY05031990", "56780503",
                "32100503", "MUMA12345B", "ABCPE1234F05031990", "05035678", "050390", "9876543210",
                "50100012345678");
    }

    @Test
    void shouldBoundTheCandidatesToTwelveByDefault() {
        assertThat(PasswordCandidates.from(ALL).size()).isEqualTo(PasswordCandidates.DEFAULT_LIMIT).isEqualTo(12);
        assertThat(PasswordCandidates.from(ALL, 3).asList()).hasSize(3);
    }

    @Test
    void shouldDropDuplicates() {
        Map<String, String> hints = Map.of("pan", "ABCPE1234F", "customer_id", "ABCPE1234F");
        assertThat(PasswordCandidates.from(hints).asList()).containsExactly("ABCPE1234F", "abcpe1234f");
    }

    @Test
    void shouldGiveNothingWithoutHints() {
        assertThat(PasswordCandidates.from(Map.of()).isEmpty()).isTrue();
    }

    @Test
    void shouldReadHintKeysInAnyCaseAndIgnoreBlankValues() {
        Map<String, String> hints = new HashMap<>();
        hints.put("PAN", " ABCPE1234F ");
        hints.put("Name", "   ");
        assertThat(PasswordCandidates.from(hints).asList()).containsExactly("ABCPE1234F", "abcpe1234f");
    }

    @ParameterizedTest
    @ValueSource(strings = {"05/03/1990", "05-03-1990", "5 March 1990", "1990-03-05", "05-Mar-90", "05/03/90"})
    void shouldReadTheDateOfBirthInAnyForm(String dob) {
        assertThat(PasswordCandidates.from(Map.of("dob", dob)).asList()).contains("05031990");
    }

    @Test
    void shouldUseTheWholeNameWhenTheFirstNameIsShort() {
        assertThat(PasswordCandidates.from(Map.of("name", "Om Prakash", "dob", "01/01/1980")).asList())
                .contains("ompr0101");
    }

    @Test
    void shouldNeverShowACandidateInToString() {
        PasswordCandidates candidates = PasswordCandidates.from(ALL);
        assertThat(candidates.toString()).isEqualTo("PasswordCandidates[12]").doesNotContain("ABCPE");
    }
}
