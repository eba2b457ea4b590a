package io.taxstream.corpus.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws on the pages of one PDF with coordinates measured from the top-left corner, so layouts
 * read like the page. Text that needs Devanagari or the rupee sign switches fonts per run.
 */
public final class Canvas {

    private final PDDocument doc = new PDDocument();
    private final FontSet fonts = new FontSet(doc);
    private final PDRectangle size;
    private final List<PageDecorator> decorators = new ArrayList<>();
    private PDPageContentStream cs;
    private int pages;

    public Canvas(PDRectangle size) {
        this.size = size;
    }

    public static Canvas a4() {
        return new Canvas(PDRectangle.A4);
    }

    public float width() {
        return size.getWidth();
    }

    public float height() {
        return size.getHeight();
    }

    public int pageCount() {
        return pages;
    }

    PDDocument document() {
        return doc;
    }

    /** Starts a new page; the previous page's drawing is closed. */
    public void newPage() {
        closeStream();
        PDPage page = new PDPage(size);
        doc.addPage(page);
        pages++;
        cs = open(page, AppendMode.OVERWRITE);
    }

    /** Registers a header or footer drawn on every page when the document is finished. */
    public void onEveryPage(PageDecorator decorator) {
        decorators.add(decorator);
    }

    /** Draws text with its baseline at {@code y} from the top; returns its width. */
    public float text(float x, float y, String s, Ink ink) {
        float cx = x;
        for (Run run : runs(s, ink)) {
            try {
                cs.beginText();
                cs.setFont(run.font(), ink.size());
                cs.newLineAtOffset(cx, size.getHeight() - y);
                cs.showText(run.text());
                cs.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cx += run.width(ink.size());
        }
        return cx - x;
    }

    public void right(float xRight, float y, String s, Ink ink) {
        text(xRight - textWidth(s, ink), y, s, ink);
    }

    public void center(float xCenter, float y, String s, Ink ink) {
        text(xCenter - textWidth(s, ink) / 2, y, s, ink);
    }

    public float textWidth(String s, Ink ink) {
        float w = 0;
        for (Run run : runs(s, ink)) {
            w += run.width(ink.size());
        }
        return w;
    }

    public void line(float x1, float y1, float x2, float y2, float lineWidth) {
        try {
            cs.setLineWidth(lineWidth);
            cs.moveTo(x1, size.getHeight() - y1);
            cs.lineTo(x2, size.getHeight() - y2);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void hline(float x1, float x2, float y) {
        line(x1, y, x2, y, 0.5f);
    }

    public void dashedLine(float x1, float x2, float y) {
        try {
            cs.setLineDashPattern(new float[] {3, 2}, 0);
            line(x1, y, x2, y, 0.5f);
            cs.setLineDashPattern(new float[0], 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stroked rectangle whose top-left corner is at (x, y). */
    public void box(float x, float y, float w, float h) {
        try {
            cs.setLineWidth(0.6f);
            cs.addRect(x, size.getHeight() - y - h, w, h);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled grey rectangle (0 black .. 1 white); text drawn afterwards stays black. */
    public void shade(float x, float y, float w, float h, float gray) {
        try {
            cs.setNonStrokingColor(gray);
            cs.addRect(x, size.getHeight() - y - h, w, h);
            cs.fill();
            cs.setNonStrokingColor(0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws a raster image as a JPEG (as a scanner would embed it) with its top-left corner at (x, y). */
    public void jpeg(java.awt.image.BufferedImage image, float x, float y, float w, float h) {
        try {
            var xobject = org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory.createFromImage(doc, image, 0.75f);
            cs.drawImage(xobject, x, size.getHeight() - y - h, w, h);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the page decorators, closes the last page and hands the document over for saving. */
    PDDocument complete() {
        closeStream();
        for (int i = 0; i < pages; i++) {
            cs = open(doc.getPage(i), AppendMode.APPEND);
            for (PageDecorator d : decorators) {
                d.decorate(this, i + 1, pages);
            }
            closeStream();
        }
        return doc;
    }

    private List<Run> runs(String s, Ink ink) {
        List<Run> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= s.length(); i++) {
            if (i == s.length() || FontSet.Script.of(s.charAt(i)) != FontSet.Script.of(s.charAt(start))
                    && s.charAt(i) != ' ') {
                FontSet.Script script = FontSet.Script.of(s.charAt(start));
                out.add(new Run(s.substring(start, i), fonts.forScript(script, ink)));
                start = i;
            }
        }
        return out;
    }

    private PDPageContentStream open(PDPage page, AppendMode mode) {
        try {
            return new PDPageContentStream(doc, page, mode, true, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeStream() {
        if (cs != null) {
            try {
                cs.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cs = null;
        }
    }

    /** Draws something on every page once the page count is known. */
    @FunctionalInterface
    public interface PageDecorator {
        void decorate(Canvas canvas, int pageNumber, int pageCount);
    }

    private record Run(String text, PDFont font) {
        float width(float fontSize) {
            try {
                return font.getStringWidth(text) / 1000f * fontSize;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
