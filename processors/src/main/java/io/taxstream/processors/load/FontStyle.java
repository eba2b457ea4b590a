package io.taxstream.processors.load;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Tells bold faces from regular ones, once per font of a document: by the font's name
 * ({@code ABCDEF+Arial-BoldMT}, {@code Helvetica-Bold}, {@code Roboto-SemiBold}), else by the
 * descriptor's weight (600 and above) or force-bold flag.
 */
final class FontStyle {

    private static final Pattern BOLD_NAME = Pattern.compile("bold|black|heavy|semibold|demi|,bd|-bd");
    private static final float BOLD_WEIGHT = 600f;

    private final Map<PDFont, Boolean> bold = new IdentityHashMap<>();

    boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        Boolean known = bold.get(font);
        if (known == null) {
            known = decide(font);
            bold.put(font, known);
        }
        return known;
    }

    private static boolean decide(PDFont font) {
        String name = font.getName();
        if (name != null && BOLD_NAME.matcher(name.toLowerCase(Locale.ROOT)).find()) {
            return true;
        }
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return descriptor != null && (descriptor.getFontWeight() >= BOLD_WEIGHT || descriptor.isForceBold());
    }
}
