package io.taxstream.corpus.pdf;

import java.util.List;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/** The base-14 font families documents are set in; scripts they lack fall back to embedded fonts. */
public enum Family {
    HELVETICA(FontName.HELVETICA, FontName.HELVETICA_BOLD),
    TIMES(FontName.TIMES_ROMAN, FontName.TIMES_BOLD),
    COURIER(FontName.COURIER, FontName.COURIER_BOLD);

    private final FontName regular;
    private final FontName bold;

    Family(FontName regular, FontName bold) {
        this.regular = regular;
        this.bold = bold;
    }

    FontName fontName(boolean isBold) {
        return isBold ? bold : regular;
    }

    /** Proportional families, for layouts that are not fixed-pitch. */
    public static List<Family> proportional() {
        return List.of(HELVETICA, TIMES);
    }
}
