package io.taxstream.corpus.holdout.kit;

import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.PdfWriter;
import io.taxstream.corpus.util.Rng;
import java.time.LocalDate;

/** Saving a finished holdout canvas reproducibly. */
public final class Pdfs {

    private Pdfs() {
    }

    public static byte[] save(Canvas c, String producer, LocalDate created, Rng rng) {
        return PdfWriter.save(c, new PdfWriter.Meta(producer, created, rng.nextLong()));
    }
}
