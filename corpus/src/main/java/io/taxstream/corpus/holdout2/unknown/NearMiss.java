package io.taxstream.corpus.holdout2.unknown;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.holdout2.kit.Save;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.time.LocalDate;
import java.util.List;

/**
 * Base of documents that carry the marks of the contract's types (PANs, TANs, amounts, account
 * numbers, financial years, quarters) but are none of them: their truth is UNKNOWN with no fields.
 */
abstract class NearMiss implements Layout {

    @Override
    public final String docType() {
        return "UNKNOWN";
    }

    @Override
    public final List<Rendered> render(Rng rng) {
        Canvas c = Canvas.a4();
        LocalDate date = LocalDate.of(rng.between(2022, 2026), rng.between(1, 12), rng.between(1, 28));
        if (date.isAfter(LocalDate.of(2026, 10, 31))) {
            date = date.minusYears(1);
        }
        draw(c, rng, date);
        return List.of(Rendered.pdf(Save.pdf(c, producer(rng), date, rng), Truth.unknown()));
    }

    /** Draws the document; the canvas has no page yet. */
    abstract void draw(Canvas c, Rng rng, LocalDate date);

    abstract String producer(Rng rng);
}
