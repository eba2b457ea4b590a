package io.taxstream.processors.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodeNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "abcde1234f | ABCDE1234F",
            "ABCDE1234F | ABCDE1234F",
            "ABCDE 1234 F | ABCDE1234F",
            " abcde1234F  | ABCDE1234F",
            "PAN: ABCDE1234F | ABCDE1234F",
            "PAN of the Employee ABCDE1234F | ABCDE1234F",
    })
    void shouldNormalisePans(String raw, String expected) {
        assertThat(Normalizers.pan(raw)).contains(expected);
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {"ABCD1234F", "ABCDE12345", "ABCDE1234FG", "12345ABCDE", "MUMA12345B",
            "ABCDE1234F and PQRST6789K", "PANNOTAVBL", ""})
    void shouldRejectWhatIsNotAPan(String raw) {
        assertThat(Normalizers.pan(raw)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "MUMA12345B | MUMA12345B",
            "muma12345b | MUMA12345B",
            "MUMA 12345 B | MUMA12345B",
            "TAN of the Deductor: DELA01234E | DELA01234E",
    })
    void shouldNormaliseTans(String raw, String expected) {
        assertThat(Normalizers.tan(raw)).contains(expected);
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {"ABCDE1234F", "MUM12345B", "MUMA1234B", "MUMA123456"})
    void shouldRejectWhatIsNotATan(String raw) {
        assertThat(Normalizers.tan(raw)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "SBIN0001234 | SBIN0001234",
            "sbin0001234 | SBIN0001234",
            "HDFC0ABC123 | HDFC0ABC123",
            "IFSC Code: ICIC0000104 | ICIC0000104",
            "SBIN 0001234 | SBIN0001234",
    })
    void shouldNormaliseIfscCodes(String raw, String expected) {
        assertThat(Normalizers.ifsc(raw)).contains(expected);
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {"SBIN1001234", "SBI0001234", "SBIN00012345", "1234SBIN000"})
    void shouldRejectWhatIsNotAnIfsc(String raw) {
        assertThat(Normalizers.ifsc(raw)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "XXXX XXXX 1234 | XXXXXXXX1234",
            "XXXXXXXX1234 | XXXXXXXX1234",
            "xxxx xxxx 1234 | XXXXXXXX1234",
            "****1234 | ****1234",
            "50100012345678 | 50100012345678",
            "5010 0012 3456 78 | 50100012345678",
            "0012-3456-7890 | 001234567890",
            "A/c No. 50100012345678 | 50100012345678",
            "Account Number: XXXXXX7890 | XXXXXX7890",
            "SB-01234567 | SB01234567",
    })
    void shouldNormaliseAccountNumbersKeepingTheMask(String raw, String expected) {
        assertThat(Normalizers.accountNumber(raw)).contains(expected);
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {"XXXXXXXX", "12", "savings", "1,23,456.00", "01/04/2023", "ABC"})
    void shouldRejectWhatIsNotAnAccountNumber(String raw) {
        assertThat(Normalizers.accountNumber(raw)).isEmpty();
    }
}
