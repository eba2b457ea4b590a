package io.taxstream.corpus.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * The fonts of one PDF: base-14 faces, plus embedded subsets of Noto Sans Devanagari (Hindi
 * labels) and DejaVu Sans (the rupee sign and other non-Latin-1 symbols), loaded when first used.
 */
final class FontSet {

    private final PDDocument doc;
    private final Map<Family, PDFont> regular = new EnumMap<>(Family.class);
    private final Map<Family, PDFont> bold = new EnumMap<>(Family.class);
    private PDFont devanagari;
    private PDFont symbols;

    FontSet(PDDocument doc) {
        this.doc = doc;
    }

    PDFont base(Ink ink) {
        Map<Family, PDFont> faces = ink.heavy() ? bold : regular;
        return faces.computeIfAbsent(ink.family(), f -> new PDType1Font(f.fontName(ink.heavy())));
    }

    /** The font that can show a run of the given script. */
    PDFont forScript(Script script, Ink ink) {
        return switch (script) {
            case LATIN -> base(ink);
            case DEVANAGARI -> devanagari();
            case SYMBOL -> symbols();
        };
    }

    private PDFont devanagari() {
        if (devanagari == null) {
            devanagari = load("/fonts/NotoSansDevanagari-Regular.ttf");
        }
        return devanagari;
    }

    private PDFont symbols() {
        if (symbols == null) {
            symbols = load("/fonts/DejaVuSans.ttf");
        }
        return symbols;
    }

    private PDFont load(String resource) {
        try (InputStream in = FontSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing: " + resource);
            }
            return PDType0Font.load(doc, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scripts a string is split into for font selection. */
    enum Script {
        LATIN, DEVANAGARI, SYMBOL;

        static Script of(char c) {
            if ((c >= 0x0900 && c <= 0x097F) || c == 0x200C || c == 0x200D) {
                return DEVANAGARI;
            }
            return c < 0x100 ? LATIN : SYMBOL;
        }
    }
}
