package io.taxstream.processors.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxstream.processors.load.LoadFailure.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class PdfLoadFailureTest {

    private static final byte[] TEXT_PDF = TestPdfs.pages(TestPdfs.lines("Form No. 16", "Gross Salary 1,23,456.00"));

    private final PdfDocumentLoader loader = new PdfDocumentLoader();

    private static AbstractThrowableAssert<?, ?> failsWith(DocumentLoader loader, byte[] bytes, Reason reason) {
        return assertThatThrownBy(() -> loader.load(DocumentInput.of(bytes)))
                .isInstanceOfSatisfying(LoadFailure.class, f -> assertThat(f.reason()).isEqualTo(reason));
    }

    @Test
    void shouldRejectAnEmptyArrayAsEmpty() {
        failsWith(loader, new byte[0], Reason.EMPTY);
    }

    @Test
    void shouldRejectAPngAsNotADocument() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        failsWith(loader, png, Reason.NOT_A_DOCUMENT).hasMessageContaining("PNG");
    }

    @Test
    void shouldRejectRandomBytesAsNotADocument() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        failsWith(loader, random, Reason.NOT_A_DOCUMENT);
    }

    @Test
    void shouldRejectAHeaderFollowedByGarbageAsCorrupt() {
        byte[] garbage = "%PDF-1.7\nthis is not a PDF body at all\n".getBytes(StandardCharsets.US_ASCII);
        failsWith(loader, garbage, Reason.CORRUPT);
    }

    @Test
    void shouldRejectTruncatedBytesAsCorrupt() {
        byte[] truncated = Arrays.copyOf(TEXT_PDF, 200);
        failsWith(loader, truncated, Reason.CORRUPT);
    }

    @Test
    void shouldLoadAPdfAfterLeadingJunk() throws LoadFailure {
        byte[] junk = "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[junk.length + TEXT_PDF.length];
        System.arraycopy(junk, 0, bytes, 0, junk.length);
        System.arraycopy(TEXT_PDF, 0, bytes, junk.length, TEXT_PDF.length);

        assertThat(loader.load(DocumentInput.of(bytes)).pages().get(0).words()).extracting("text")
                .startsWith("Form", "No.", "16");
    }

    @Test
    void shouldRejectInputAboveTheByteLimitAsTooLarge() {
        PdfDocumentLoader small = new PdfDocumentLoader(LoadLimits.defaults().withMaxBytes(100));
        failsWith(small, TEXT_PDF, Reason.TOO_LARGE);
    }

    @Test
    void shouldRejectMorePagesThanTheLimitAsTooManyPages() {
        byte[] threePages = TestPdfs.pages(TestPdfs.lines("one"), TestPdfs.lines("two"), TestPdfs.lines("three"));
        PdfDocumentLoader twoPages = new PdfDocumentLoader(LoadLimits.defaults().withMaxPages(2));
        failsWith(twoPages, threePages, Reason.TOO_MANY_PAGES);
    }

    @Test
    void shouldGiveUpWithTimeoutOnceTheDeadlineHasPassed() {
        PdfDocumentLoader hasty = new PdfDocumentLoader(LoadLimits.defaults().withMaxTotal(Duration.ofNanos(1)));
        failsWith(hasty, TEXT_PDF, Reason.TIMEOUT);
    }

    @Test
    void shouldRejectAnImageOnlyPageAsHavingNoTextLayer() {
        failsWith(loader, TestPdfs.pages(TestPdfs.image()), Reason.NO_TEXT_LAYER);
    }

    @Test
    void shouldRejectAPageWithoutContentAsHavingNoTextLayer() {
        failsWith(loader, TestPdfs.pages((document, content) -> { }), Reason.NO_TEXT_LAYER);
    }

    @Test
    void shouldKeepAnImageOnlyPageWhenOtherPagesHaveText() throws LoadFailure {
        byte[] mixed = TestPdfs.pages(TestPdfs.lines("Statement of Account"), TestPdfs.image());
        var document = loader.load(DocumentInput.of(mixed));
        assertThat(document.pageCount()).isEqualTo(2);
        assertThat(document.pages().get(1).hasText()).isFalse();
    }

    @Test
    void shouldStopAContentStreamThatDecodesBeyondTheCapAsTooLarge() {
        byte[] bomb = TestPdfs.contentBomb(8L << 20);
        assertThat(bomb.length).isLessThan(100_000);
        PdfDocumentLoader capped = new PdfDocumentLoader(LoadLimits.defaults().withMaxDecodedBytesPerPage(1L << 20));
        failsWith(capped, bomb, Reason.TOO_LARGE).hasMessageContaining("page 1");
    }

    @Test
    void shouldStopAFormXObjectThatDecodesBeyondTheCapAsTooLarge() {
        byte[] bomb = TestPdfs.pages(TestPdfs.formBomb(4L << 20));
        PdfDocumentLoader capped = new PdfDocumentLoader(LoadLimits.defaults().withMaxDecodedBytesPerPage(1L << 20));
        failsWith(capped, bomb, Reason.TOO_LARGE);
    }

    @Test
    void shouldStopAnEmbeddedFontProgramThatDecodesBeyondTheCapAsTooLarge() {
        byte[] bomb = TestPdfs.build(TestPdfs.fontBomb(4L << 20), TestPdfs.lines("Form No. 16"));
        PdfDocumentLoader capped = new PdfDocumentLoader(LoadLimits.defaults().withMaxDecodedBytesPerPage(1L << 20));
        failsWith(capped, bomb, Reason.TOO_LARGE);
    }

    @Test
    void shouldLoadPagesThatDecodeWithinTheCap() throws LoadFailure {
        byte[] page = TestPdfs.pages(TestPdfs.formBomb(256L << 10));
        PdfDocumentLoader capped = new PdfDocumentLoader(LoadLimits.defaults().withMaxDecodedBytesPerPage(1L << 20));
        assertThat(capped.load(DocumentInput.of(page)).pages().get(0).words()).extracting("text")
                .containsExactly("visible");
    }

    @Test
    void shouldNeverPutThePasswordInTheFailureMessage() {
        byte[] encrypted = TestPdfs.encrypted("owner-secret", "user-secret", "Interest Certificate");
        DocumentInput input = new DocumentInput(encrypted, "application/pdf", Optional.of("guess-secret"),
                java.util.Map.of("pan", "ABCPE1234F"));
        assertThatThrownBy(() -> loader.load(input)).isInstanceOf(LoadFailure.class)
                .hasMessageNotContaining("secret").hasMessageNotContaining("ABCPE1234F")
                .hasMessageNotContaining("abcpe1234f");
    }
}
