package io.taxstream.processors.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxstream.processors.load.LoadFailure.Reason;
import io.taxstream.processors.model.Document;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PdfPasswordTest {

    private static final Map<String, String> HINTS = Map.of("pan", "ABCPE1234F", "name", "Mr. Ravi Kumar",
            "dob", "15-Aug-1985", "account_number", "50100012345678", "mobile", "+91 98765 43210");

    private final PdfDocumentLoader loader = new PdfDocumentLoader();

    private static DocumentInput input(byte[] pdf, String password, Map<String, String> hints) {
        return new DocumentInput(pdf, "application/pdf", Optional.ofNullable(password), hints);
    }

    private static String firstWord(Document document) {
        return document.pages().get(0).words().get(0).text();
    }

    @Test
    void shouldOpenWithTheExplicitPassword() throws LoadFailure {
        byte[] pdf = TestPdfs.encrypted("owner", "s3cret", "Form No. 16");
        assertThat(firstWord(loader.load(input(pdf, "s3cret", Map.of())))).isEqualTo("Form");
    }

    @Test
    void shouldOpenAnOwnerPasswordOnlyPdfWithoutAnyPassword() throws LoadFailure {
        byte[] pdf = TestPdfs.encrypted("owner", "", "Interest Certificate");
        assertThat(firstWord(loader.load(DocumentInput.of(pdf)))).isEqualTo("Interest");
    }

    @Test
    void shouldSayEncryptedNoPasswordWhenNothingToTryIsGiven() {
        byte[] pdf = TestPdfs.encrypted("owner", "s3cret", "Form No. 16");
        assertThatThrownBy(() -> loader.load(DocumentInput.of(pdf)))
                .isInstanceOfSatisfying(LoadFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.ENCRYPTED_NO_PASSWORD));
    }

    @Test
    void shouldSayWrongPasswordWhenNeitherTheGivenNorADerivedPasswordOpensIt() {
        byte[] pdf = TestPdfs.encrypted("owner", "s3cret", "Form No. 16");
        assertThatThrownBy(() -> loader.load(input(pdf, "wrong", HINTS)))
                .isInstanceOfSatisfying(LoadFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_PASSWORD));
    }

    @Test
    void shouldOpenWithTheUpperCasePanFromHints() throws LoadFailure {
        byte[] pdf = TestPdfs.encrypted("owner", "ABCPE1234F", "Form No. 16");
        assertThat(firstWord(loader.load(input(pdf, null, HINTS)))).isEqualTo("Form");
    }

    @Test
    void shouldOpenWithLowerCasePanAndDateOfBirthFromHints() throws LoadFailure {
        byte[] pdf = TestPdfs.encrypted("owner", "abcpe1234f15081985", "Annual Information Statement");
        assertThat(firstWord(loader.load(input(pdf, null, HINTS)))).isEqualTo("Annual");
    }

    @Test
    void shouldOpenWithNameLettersAndDayMonthOfBirthFromHints() throws LoadFailure {
        byte[] pdf = TestPdfs.encrypted("owner", "ravi1508", "Statement of Account");
        assertThat(firstWord(loader.load(input(pdf, "not-it", HINTS)))).isEqualTo("Statement");
    }

    @Test
    void shouldOpenWithLastDigitsOfTheAccountAndDayMonthFromHints() throws LoadFailure {
        byte[] pdf = TestPdfs.encrypted("owner", "56781508", "Statement of Account");
        assertThat(firstWord(loader.load(input(pdf, null, HINTS)))).isEqualTo("Statement");
    }

    @Test
    void shouldNotTryMoreCandidatesThanTheLimit() {
        byte[] pdf = TestPdfs.encrypted("owner", "56781508", "Statement of Account");
        PdfDocumentLoader stingy = new PdfDocumentLoader(LoadLimits.defaults().withMaxPasswordAttempts(2));
        assertThatThrownBy(() -> stingy.load(input(pdf, null, HINTS)))
                .isInstanceOfSatisfying(LoadFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.WRONG_PASSWORD))
                .hasMessageContaining("tried 2");
    }
}
