package io.taxstream.corpus.bank;

import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.PdfWriter;
import io.taxstream.corpus.util.Rng;
import java.util.List;

/** Letterheads, running headers and footers shared by the statement layouts. */
final class StatementParts {

    static final float X = 30;
    static final List<String> FOOTERS = List.of(
            "This is a computer generated statement and does not require signature.",
            "Contents of this statement will be considered correct if no error is reported within 30 days of receipt.",
            "Please do not share your ATM, Debit/Credit card number, PIN and OTP with anyone over mail, SMS or phone call.",
            "Registered Office address: as printed on the cheque book. Visit the nearest branch for any assistance.");

    private StatementParts() {
    }

    /** Bank name at the top of every page, page number at the right, a disclaimer at the foot. */
    static void everyPage(Canvas canvas, StatementData d, Ink ink, Rng rng, String accountPrinted) {
        String footer = rng.pick(FOOTERS);
        boolean of = rng.chance(0.5);
        canvas.onEveryPage((c, n, total) -> {
            if (n > 1) {
                c.text(X, 26, d.branch().bank().name() + "  -  Statement of Account No. " + accountPrinted, ink.bold());
            }
            c.right(c.width() - X, 26, of ? "Page " + n + " of " + total : "Page No.: " + n, ink);
            c.center(c.width() / 2, c.height() - 24, footer, ink.plus(-1.5f));
        });
    }

    static byte[] save(Canvas c, StatementData d, Rng rng, String producer) {
        return PdfWriter.save(c, new PdfWriter.Meta(producer, d.to().plusDays(rng.between(1, 5)), rng.nextLong()));
    }
}
