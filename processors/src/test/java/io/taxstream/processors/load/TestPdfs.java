package io.taxstream.processors.load;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** PDFs built in memory for the loader tests. */
final class TestPdfs {

    static final PDFont HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont HELVETICA_BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** Draws on one page of a document under construction. */
    interface Drawing {
        void draw(PDDocument document, PDPageContentStream content) throws IOException;
    }

    /** Changes a finished document before it is saved (encryption, extra pages). */
    interface Finishing {
        void finish(PDDocument document) throws IOException;
    }

    private TestPdfs() {
    }

    /** One A4 page per drawing. */
    static byte[] pages(Drawing... drawings) {
        return build(document -> { }, drawings);
    }

    static byte[] build(Finishing finishing, Drawing... drawings) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Drawing drawing : drawings) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    drawing.draw(document, content);
                }
            }
            finishing.finish(document);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of Helvetica 10 pt, 14 pt apart, from (72, 770) in PDF space. */
    static Drawing lines(String... lines) {
        return (document, content) -> {
            for (int i = 0; i < lines.length; i++) {
                text(content, HELVETICA, 10, 72, 770 - 14 * i, lines[i]);
            }
        };
    }

    static void text(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** A document of text pages protected with the given passwords (AES-256). */
    static byte[] encrypted(String ownerPassword, String userPassword, String... lines) {
        return build(document -> {
            StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
        }, lines(lines));
    }

    /** A page with only a drawn image, like a scan. */
    static Drawing image() {
        return (document, content) -> {
            BufferedImage scan = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            PDImageXObject xobject = LosslessFactory.createFromImage(document, scan);
            content.drawImage(xobject, 72, 600, 200, 200);
        };
    }

    /** A page that draws a form XObject whose Flate-compressed stream decodes to {@code bytes} bytes. */
    static Drawing formBomb(long bytes) {
        return (document, content) -> {
            PDStream stream = new PDStream(document);
            try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
                writeSpaces(os, bytes);
            }
            PDFormXObject form = new PDFormXObject(stream);
            form.setBBox(PDRectangle.A4);
            content.drawForm(form);
            text(content, HELVETICA, 10, 72, 700, "visible");
        };
    }

    private static void writeSpaces(OutputStream os, long bytes) throws IOException {
        byte[] spaces = new byte[64 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        for (long written = 0; written < bytes; written += spaces.length) {
            os.write(spaces);
        }
    }

    /** Adds to page 1's resources a TrueType font whose embedded program decodes to {@code bytes} bytes. */
    static Finishing fontBomb(long bytes) {
        return document -> {
            PDStream program = new PDStream(document);
            try (OutputStream os = program.createOutputStream(COSName.FLATE_DECODE)) {
                writeSpaces(os, bytes);
            }
            COSDictionary descriptor = new COSDictionary();
            descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
            descriptor.setItem(COSName.FONT_FILE2, program);
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TRUE_TYPE);
            font.setItem(COSName.FONT_DESC, descriptor);
            document.getPage(0).getResources().getCOSObject().getCOSDictionary(COSName.FONT)
                    .setItem(COSName.getPDFName("Bomb"), font);
        };
    }

    /** A page whose content stream is Flate-compressed and decodes to {@code bytes} bytes. */
    static byte[] contentBomb(long bytes) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDStream stream = new PDStream(document);
            try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
                os.write("BT /F1 10 Tf 72 700 Td (bomb) Tj ET\n".getBytes(StandardCharsets.US_ASCII));
                writeSpaces(os, bytes);
            }
            page.setContents(stream);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
