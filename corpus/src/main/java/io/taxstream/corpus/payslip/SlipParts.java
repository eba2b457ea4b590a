package io.taxstream.corpus.payslip;

import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.PdfWriter;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Words;
import java.util.List;

/** Pieces every graphical payslip layout shares: the letterhead, net pay line and footer. */
final class SlipParts {

    static final float X = 40;
    static final List<String> FOOTERS = List.of(
            "This is a computer-generated payslip and does not require a signature.",
            "This is a system generated payslip, hence no signature is required.",
            "Note: Please report discrepancies, if any, to payroll@ within 7 days of receipt.",
            "*** This is a computer generated document. ***");

    private SlipParts() {
    }

    /** Employer name, address and the month line, centred; returns the y below. */
    static float letterhead(Canvas c, PayslipView v, String monthLine, Ink ink, float y) {
        float mid = c.width() / 2;
        c.center(mid, y + 16, v.d.employer().name(), ink.bold().size(ink.size() + 5));
        c.center(mid, y + 30, v.d.employer().address().oneLine(), ink.plus(-1));
        c.center(mid, y + 46, monthLine, ink.bold().plus(1));
        return y + 56;
    }

    static float netPay(Canvas c, PayslipView v, Rng rng, Ink ink, float y, boolean words) {
        String label = rng.pickOf("Net Pay", "Net Salary", "Net Payable", "NET PAY", "Take Home");
        c.text(X, y + 12, label + " : " + v.amounts.withPrefix(rng.pickOf("", "Rs. ", "₹ ", "INR ")).format(v.d.net()),
                ink.bold().plus(1));
        float below = y + 18;
        if (words) {
            c.text(X, below + 10, "(" + Words.rupees(v.d.net()) + ")", ink);
            below += 16;
        }
        return below;
    }

    static void footer(Canvas c, Rng rng, Ink ink) {
        c.center(c.width() / 2, c.height() - 40, rng.pick(FOOTERS), ink.plus(-1));
    }

    static byte[] save(Canvas c, PayslipView v, Rng rng, String producer) {
        return PdfWriter.save(c, new PdfWriter.Meta(producer, v.d.month().atEndOfMonth(), rng.nextLong()));
    }
}
