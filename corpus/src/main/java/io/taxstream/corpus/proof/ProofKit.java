package io.taxstream.corpus.proof;

import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.DocStyle;
import io.taxstream.corpus.pdf.Letter;
import io.taxstream.corpus.pdf.PdfWriter;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What every proof layout starts from: a style, a letter page, a year and a way to save. */
final class ProofKit {

    final Rng rng;
    final DocStyle st;
    final Letter letter;
    final int fyStart;

    ProofKit(Rng rng, float minSize, float maxSize) {
        this.rng = rng;
        this.st = DocStyle.random(rng, minSize, maxSize);
        this.letter = new Letter(Canvas.a4(), st.ink(), 50);
        this.fyStart = rng.between(2020, 2024);
    }

    String amt(BigDecimal v) {
        return st.amounts().format(v);
    }

    String date(LocalDate d) {
        return st.dates().format(d);
    }

    String fy() {
        return FinancialYear.span(fyStart);
    }

    /** A date within the financial year. */
    LocalDate inYear() {
        return LocalDate.of(fyStart, 4, 1).plusDays(rng.between(0, 364));
    }

    byte[] save(String producer, LocalDate date) {
        return PdfWriter.save(letter.canvas(), new PdfWriter.Meta(producer, date, rng.nextLong()));
    }
}
