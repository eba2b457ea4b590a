package io.taxstream.processors.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxstream.processors.load.LoadFailure.Reason;
import io.taxstream.processors.model.Document;
import io.taxstream.processors.model.Page;
import io.taxstream.processors.model.Word;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDocumentLoaderTest {

    private final TextDocumentLoader loader = new TextDocumentLoader();

    private Document load(String text) throws LoadFailure {
        return loader.load(DocumentInput.of(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Page page) {
        return page.words().stream().map(Word::text).toList();
    }

    @Test
    void shouldGiveWordsMonospaceGeometryThatKeepsColumnsAligned() throws LoadFailure {
        Page page = load("DATE        NARRATION          AMOUNT\n01/04/2023  SALARY APR      1,23,456.00\n").pages().get(0);

        assertThat(texts(page)).containsExactly("DATE", "NARRATION", "AMOUNT", "01/04/2023", "SALARY", "APR",
                "1,23,456.00");
        Word header = page.words().get(1);
        Word salary = page.words().get(4);
        assertThat(salary.x()).isEqualTo(header.x()).isEqualTo(Word.plain("NARRATION", 12, 0).x());
        assertThat(salary.y()).isGreaterThan(header.y());
        assertThat(page.words().get(6).right()).isEqualTo(page.words().get(2).right() + 6 * 2);
    }

    @Test
    void shouldStartANewPageAtAFormFeedAndEverySixtyLines() throws LoadFailure {
        StringBuilder text = new StringBuilder("first page\fsecond page\n");
        for (int i = 1; i < 70; i++) {
            text.append("line ").append(i).append('\n');
        }
        Document document = load(text.toString());

        assertThat(document.pageCount()).isEqualTo(3);
        assertThat(texts(document.pages().get(0))).containsExactly("first", "page");
        assertThat(texts(document.pages().get(1))).startsWith("second", "page", "line", "1").endsWith("line", "59");
        assertThat(texts(document.pages().get(2))).startsWith("line", "60");
        assertThat(document.pages().get(2).words().get(0).y()).isZero();
    }

    @Test
    void shouldExpandTabsAndDropPrinterControlCodes() throws LoadFailure {
        String text = "\u001BEBOLD\u001BF\tX\r\nA\bA_\bB\r\n";
        Page page = load(text).pages().get(0);
        assertThat(texts(page)).containsExactly("BOLD", "X", "AB");
        assertThat(page.words().get(1).x()).isEqualTo(Word.plain("X", 8, 0).x());
    }

    @Test
    void shouldFallBackToWindows1252WhenTheBytesAreNotUtf8() throws LoadFailure {
        byte[] bytes = "Rs. 1,000 \u2013 Caf\u00E9".getBytes(Charset.forName("windows-1252"));
        assertThat(texts(loader.load(DocumentInput.of(bytes)).pages().get(0)))
                .containsExactly("Rs.", "1,000", "\u2013", "Caf\u00E9");
    }

    @Test
    void shouldReadUtf16WithAByteOrderMark() throws LoadFailure {
        byte[] body = "Form 16".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertThat(texts(loader.load(DocumentInput.of(bytes)).pages().get(0))).containsExactly("Form", "16");
    }

    @Test
    void shouldCleanNonBreakingSpacesZeroWidthCharactersAndLigatures() throws LoadFailure {
        Page page = load("Net\u00A0Pay \u200Bpro\uFB01t").pages().get(0);
        assertThat(texts(page)).containsExactly("Net", "Pay", "profit");
    }

    @Test
    void shouldRejectBinaryJunkAsNotADocument() {
        byte[] binary = {'a', 'b', 0, 1, 2, 3, 'c', 0, 0, 0};
        assertThatThrownBy(() -> loader.load(DocumentInput.of(binary)))
                .isInstanceOfSatisfying(LoadFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.NOT_A_DOCUMENT));
    }

    @Test
    void shouldRejectManyControlCharactersAsNotADocument() {
        byte[] noisy = new byte[200];
        for (int i = 0; i < noisy.length; i++) {
            noisy[i] = (byte) (i % 3 == 0 ? 0x02 : 'a');
        }
        assertThatThrownBy(() -> loader.load(DocumentInput.of(noisy)))
                .isInstanceOfSatisfying(LoadFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.NOT_A_DOCUMENT));
    }

    @Test
    void shouldRejectWhiteSpaceOnlyInputAsEmpty() {
        assertThatThrownBy(() -> load(" \n\t\n\f  \n"))
                .isInstanceOfSatisfying(LoadFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.EMPTY));
        assertThatThrownBy(() -> loader.load(DocumentInput.of(new byte[0])))
                .isInstanceOfSatisfying(LoadFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.EMPTY));
    }

    @Test
    void shouldRejectMorePagesThanTheLimit() {
        TextDocumentLoader twoPages = new TextDocumentLoader(LoadLimits.defaults().withMaxPages(2));
        byte[] threePages = "one\ftwo\fthree".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> twoPages.load(DocumentInput.of(threePages)))
                .isInstanceOfSatisfying(LoadFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.TOO_MANY_PAGES));
    }
}
