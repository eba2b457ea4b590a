package io.taxstream.corpus.holdout.unknown;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.holdout.kit.Pdfs;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.time.LocalDate;
import java.util.List;

/**
 * Base of holdout documents that carry the marks of tax documents (PANs, amounts, account
 * numbers, years) but are none of the contract's types: their truth is UNKNOWN with no fields.
 */
abstract class NearMissPage implements Layout {

    @Override
    public final String docType() {
        return "UNKNOWN";
    }

    @Override
    public final List<Rendered> render(Rng rng) {
        Canvas c = Canvas.a4();
        c.newPage();
        LocalDate date = LocalDate.of(rng.between(2021, 2025), rng.between(1, 12), rng.between(1, 28));
        draw(c, rng, date);
        return List.of(Rendered.pdf(Pdfs.save(c, producer(), date, rng), Truth.unknown()));
    }

    /** Draws the document, starting on the canvas's first page. */
    abstract void draw(Canvas c, Rng rng, LocalDate date);

    abstract String producer();
}
