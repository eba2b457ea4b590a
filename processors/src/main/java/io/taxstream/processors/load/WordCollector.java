package io.taxstream.processors.load;

import io.taxstream.processors.model.Page;
import io.taxstream.processors.model.Word;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads the words of a page with their geometry. Extends {@link PDFTextStripper} only for its
 * glyph positioning (Unicode mapping, text rendering matrix, page rotation and crop box); its own
 * text assembly, sorting and writing are bypassed: glyphs go straight to a {@link WordAssembler}.
 *
 * <p>Coordinates are those of the text's reading direction, which for upright text is the page as
 * displayed, /Rotate included. Glyphs of another direction than most of the page's (a vertical
 * label, a rotated stamp) are left out. Not thread-safe: one instance per document.
 */
final class WordCollector extends PDFTextStripper {

    /** Operators between deadline checks; a check costs one {@link System#nanoTime()}. */
    private static final int CHECK_EVERY = 256;

    private final Deadline deadline;
    private final float gap;
    private final FontStyle fonts = new FontStyle();
    private DirectionalWords words;
    private int operators;

    WordCollector(PDDocument document, Deadline deadline, float gap) {
        this.document = document;
        this.output = Writer.nullWriter();
        this.deadline = deadline;
        this.gap = gap;
        // pages are driven one by one from outside, never numbered by processPages()
        setStartPage(0);
        setShouldSeparateByBeads(false);
    }

    /**
     * The page's words in reading order.
     *
     * @throws DeadlineExceeded when the deadline passes while the page is processed
     */
    Page read(PDPage page, int number) throws IOException {
        words = new DirectionalWords(gap);
        processPage(page);
        int direction = words.dominantDirection(page.getRotation());
        List<Word> ordered = ReadingOrder.of(words.of(direction));
        PDRectangle crop = page.getCropBox();
        boolean sideways = direction == 90 || direction == 270;
        return new Page(number, sideways ? crop.getHeight() : crop.getWidth(),
                sideways ? crop.getWidth() : crop.getHeight(), ordered);
    }

    @Override
    protected void processTextPosition(TextPosition glyph) {
        String text = TextCleaner.clean(glyph.getUnicode());
        if (text.isEmpty()) {
            return;
        }
        int direction = Math.round(glyph.getDir());
        float size = Math.abs(glyph.getYScale());
        if (size == 0f) {
            size = glyph.getFontSizeInPt();
        }
        words.assembler(direction).add(text, glyph.getXDirAdj(), glyph.getYDirAdj(), glyph.getWidthDirAdj(), size,
                fonts.isBold(glyph.getFont()));
    }

    /** Nothing to write: the words are collected per glyph. */
    @Override
    protected void writePage() {
        // intentionally empty
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators % CHECK_EVERY == 0 && deadline.expired()) {
            throw new DeadlineExceeded();
        }
        super.processOperator(operator, operands);
    }

    /** Unwinds PDFBox's processing when the deadline passes inside a page. */
    static final class DeadlineExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DeadlineExceeded() {
            super("deadline passed", null, false, false);
        }
    }
}
