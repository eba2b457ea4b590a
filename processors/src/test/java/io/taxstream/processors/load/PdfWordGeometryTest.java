package io.taxstream.processors.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.taxstream.processors.model.Document;
import io.taxstream.processors.model.Page;
import io.taxstream.processors.model.Word;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PdfWordGeometryTest {

    private static final float A4_HEIGHT = 841.89f;

    private final PdfDocumentLoader loader = new PdfDocumentLoader();

    private Page onlyPage(byte[] pdf) throws LoadFailure {
        Document document = loader.load(DocumentInput.of(pdf));
        assertThat(document.pageCount()).isEqualTo(1);
        return document.pages().get(0);
    }

    private static List<String> texts(Page page) {
        return page.words().stream().map(Word::text).toList();
    }

    @Test
    void shouldGiveWordsOfOneLineTheSameTopAndTheirLeftEdges() throws LoadFailure {
        Page page = onlyPage(TestPdfs.pages(TestPdfs.lines("Gross Salary 1,23,456.00")));

        assertThat(texts(page)).containsExactly("Gross", "Salary", "1,23,456.00");
        List<Word> words = page.words();
        assertThat(words).allSatisfy(w -> assertThat(w.y()).isCloseTo(words.get(0).y(), within(1f)));
        assertThat(words.get(0).x()).isCloseTo(72f, within(0.5f));
        // top-left origin: baseline 770 pt from the bottom, the em box's top 0.8 em above it
        assertThat(words.get(0).y()).isCloseTo(A4_HEIGHT - 770 - 8, within(0.5f));
        assertThat(words.get(0).fontSize()).isCloseTo(10f, within(0.01f));
        assertThat(words.get(1).x()).isGreaterThan(words.get(0).right());
        assertThat(page.width()).isCloseTo(595.28f, within(0.01f));
        assertThat(page.height()).isCloseTo(A4_HEIGHT, within(0.01f));
    }

    @Test
    void shouldKeepTableCellsSeparatedByAGapAsSeparateWords() throws LoadFailure {
        Page page = onlyPage(TestPdfs.pages((document, content) -> {
            float basicWidth = TestPdfs.HELVETICA.getStringWidth("Basic") / 1000 * 10;
            TestPdfs.text(content, TestPdfs.HELVETICA, 10, 72, 700, "Basic");
            // a neighbouring cell three points away, without any space glyph between them
            TestPdfs.text(content, TestPdfs.HELVETICA, 10, 72 + basicWidth + 3, 700, "50,000.00");
        }));
        assertThat(texts(page)).containsExactly("Basic", "50,000.00");
    }

    @Test
    void shouldNeverSplitTheLettersOfAKernedWord() throws LoadFailure {
        Page page = onlyPage(TestPdfs.pages((document, content) -> {
            content.beginText();
            content.setFont(TestPdfs.HELVETICA, 10);
            content.newLineAtOffset(72, 700);
            // TJ with kerning: positive numbers move the next glyph left, negative ones right
            content.showTextWithPositioning(new Object[] {"W", 80f, "ork", -60f, "ing", -300f, "Days"});
            content.endText();
        }));
        assertThat(texts(page)).containsExactly("Working", "Days");
    }

    @Test
    void shouldPutWordsInReadingOrderWhateverTheContentStreamOrder() throws LoadFailure {
        Page page = onlyPage(TestPdfs.pages((document, content) -> {
            TestPdfs.text(content, TestPdfs.HELVETICA, 10, 300, 700, "50,000.00");
            TestPdfs.text(content, TestPdfs.HELVETICA, 10, 72, 686, "HRA");
            TestPdfs.text(content, TestPdfs.HELVETICA, 10, 300, 686, "20,000.00");
            TestPdfs.text(content, TestPdfs.HELVETICA, 10, 72, 700, "Basic");
        }));
        assertThat(texts(page)).containsExactly("Basic", "50,000.00", "HRA", "20,000.00");
    }

    @Test
    void shouldMarkWordsInABoldFontAsBold() throws LoadFailure {
        Page page = onlyPage(TestPdfs.pages((document, content) -> {
            TestPdfs.text(content, TestPdfs.HELVETICA_BOLD, 12, 72, 700, "PAYSLIP");
            TestPdfs.text(content, TestPdfs.HELVETICA, 10, 72, 680, "Basic");
        }));
        assertThat(page.words()).extracting(Word::bold).containsExactly(true, false);
        assertThat(page.words().get(0).fontSize()).isCloseTo(12f, within(0.01f));
    }

    @Test
    void shouldDropTheDuplicateOfAWordDrawnTwiceForFakeBold() throws LoadFailure {
        Page page = onlyPage(TestPdfs.pages((document, content) -> {
            TestPdfs.text(content, TestPdfs.HELVETICA, 10, 72, 700, "TOTAL");
            TestPdfs.text(content, TestPdfs.HELVETICA, 10, 72.4f, 700, "TOTAL");
        }));
        assertThat(texts(page)).containsExactly("TOTAL");
    }

    @Test
    void shouldGiveCoordinatesOfARotatedPageAsDisplayed() throws LoadFailure {
        byte[] pdf = TestPdfs.build(document -> { }, (document, content) -> {
            PDPage page = document.getPage(0);
            page.setRotation(90);
            // upright once the viewer turns the page a quarter clockwise: text runs up the PDF's y axis
            for (int i = 0; i < 2; i++) {
                content.beginText();
                content.setFont(TestPdfs.HELVETICA, 10);
                content.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, 100 + 14 * i, 72));
                content.showText(i == 0 ? "Capital Gains" : "Statement 2023-24");
                content.endText();
            }
        });
        Page page = onlyPage(pdf);

        assertThat(texts(page)).containsExactly("Capital", "Gains", "Statement", "2023-24");
        assertThat(page.width()).isCloseTo(A4_HEIGHT, within(0.01f));
        assertThat(page.height()).isCloseTo(595.28f, within(0.01f));
        Word first = page.words().get(0);
        assertThat(first.x()).isCloseTo(72f, within(0.5f));
        // the PDF's x = 100 baseline becomes 100 pt from the displayed top
        assertThat(first.y()).isCloseTo(100 - 8f, within(0.5f));
        assertThat(page.words().get(1).y()).isCloseTo(first.y(), within(1f));
        assertThat(page.words().get(2).y()).isGreaterThan(first.y() + 10);
    }

    @Test
    void shouldSpellOutLigaturesFromAnEmbeddedFont() throws LoadFailure {
        Path dejaVu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        Assumptions.assumeTrue(Files.isReadable(dejaVu), "needs a TrueType font with ligature glyphs");
        Page page = onlyPage(TestPdfs.pages((document, content) -> {
            PDType0Font font = PDType0Font.load(document, dejaVu.toFile());
            TestPdfs.text(content, font, 10, 72, 700, "\uFB01nancial pro\uFB01t\u00A0of\u200B year");
        }));
        assertThat(texts(page)).containsExactly("financial", "profit", "of", "year");
    }

}
