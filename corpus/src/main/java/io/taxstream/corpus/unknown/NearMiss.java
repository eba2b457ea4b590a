package io.taxstream.corpus.unknown;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.DocStyle;
import io.taxstream.corpus.pdf.Letter;
import io.taxstream.corpus.pdf.PdfWriter;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.time.LocalDate;
import java.util.List;

/**
 * Base of documents that look like tax documents (PANs, amounts, tax words) but are none of the
 * contract's types; their truth is UNKNOWN with no fields.
 */
abstract class NearMiss implements Layout {

    @Override
    public final String docType() {
        return "UNKNOWN";
    }

    @Override
    public final List<Rendered> render(Rng rng) {
        DocStyle st = DocStyle.random(rng, 8.5f, 10f);
        Letter l = new Letter(Canvas.a4(), st.ink(), 45);
        LocalDate date = LocalDate.of(rng.between(2021, 2025), rng.between(1, 12), rng.between(1, 28));
        draw(l, st, rng, date);
        byte[] pdf = PdfWriter.save(l.canvas(), new PdfWriter.Meta(producer(), date, rng.nextLong()));
        return List.of(Rendered.pdf(pdf, Truth.unknown()));
    }

    /** Draws the document on the letter's first page. */
    abstract void draw(Letter l, DocStyle st, Rng rng, LocalDate date);

    abstract String producer();
}
