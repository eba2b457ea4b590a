package io.taxstream.corpus.holdout2.kit;

import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.PdfWriter;
import io.taxstream.corpus.util.Rng;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Canvases and reproducible saving. */
public final class Save {

    private Save() {
    }

    public static Canvas landscape() {
        return new Canvas(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
    }

    /** A half-sheet (A5 portrait), as receipts and slips are printed. */
    public static Canvas a5() {
        return new Canvas(PDRectangle.A5);
    }

    /** A half-sheet on its side (A5 landscape), as receipt books are. */
    public static Canvas a5Landscape() {
        return new Canvas(new PDRectangle(PDRectangle.A5.getHeight(), PDRectangle.A5.getWidth()));
    }

    public static byte[] pdf(Canvas c, String producer, LocalDate created, Rng rng) {
        return PdfWriter.save(c, new PdfWriter.Meta(producer, created, rng.nextLong()));
    }
}
