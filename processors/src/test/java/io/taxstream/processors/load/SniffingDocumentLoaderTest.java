package io.taxstream.processors.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxstream.processors.load.LoadFailure.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SniffingDocumentLoaderTest {

    private final DocumentLoader loader = Loaders.standard();

    private static DocumentInput declared(byte[] bytes, String contentType) {
        return new DocumentInput(bytes, contentType, Optional.empty(), Map.of());
    }

    @Test
    void shouldLoadAPdfByItsHeaderWhateverTheDeclaredType() throws LoadFailure {
        byte[] pdf = TestPdfs.pages(TestPdfs.lines("Salary Slip"));
        assertThat(loader.load(declared(pdf, "text/plain")).contentType()).isEqualTo(PdfDocumentLoader.CONTENT_TYPE);
    }

    @Test
    void shouldLoadTextByItsBytesEvenWhenDeclaredAsPdf() throws LoadFailure {
        byte[] text = "Salary Slip for March 2024".getBytes(StandardCharsets.US_ASCII);
        assertThat(loader.load(declared(text, "application/pdf")).contentType())
                .isEqualTo(TextDocumentLoader.CONTENT_TYPE);
    }

    @Test
    void shouldRejectAJpegDeclaredAsPdfAndSaySo() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
        assertThatThrownBy(() -> loader.load(declared(jpeg, "application/pdf")))
                .isInstanceOfSatisfying(LoadFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.NOT_A_DOCUMENT))
                .hasMessageContaining("declared application/pdf").hasMessageContaining("JPEG");
    }

    @Test
    void shouldRejectAZipAsNotADocument() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
        assertThatThrownBy(() -> loader.load(DocumentInput.of(zip)))
                .isInstanceOfSatisfying(LoadFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.NOT_A_DOCUMENT));
    }

    @Test
    void shouldRejectAnEmptyArrayAsEmpty() {
        assertThatThrownBy(() -> loader.load(DocumentInput.of(new byte[0])))
                .isInstanceOfSatisfying(LoadFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.EMPTY));
    }

    @Test
    void shouldFindAPdfHeaderOnlyWithinTheFirstKilobyte() {
        byte[] late = new byte[2048];
        java.util.Arrays.fill(late, (byte) ' ');
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, late, 1500, 8);
        assertThat(Sniffer.pdfHeaderOffset(late)).isEqualTo(-1);
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, late, 1000, 8);
        assertThat(Sniffer.pdfHeaderOffset(late)).isEqualTo(1000);
    }
}
