package io.taxstream.corpus.interest;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.interest.InterestData.Deposit;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.DocStyle;
import io.taxstream.corpus.pdf.Letter;
import io.taxstream.corpus.pdf.PdfWriter;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.Rng;
import java.util.List;

/**
 * A bank's interest certificate with one row per deposit (FD, RD, savings): principal, rate,
 * interest and TDS, and a total row. The Form 15G/15H variant states that no tax was deducted.
 */
public final class DepositTableCertificate implements Layout {

    private final boolean form15;

    public DepositTableCertificate(boolean form15) {
        this.form15 = form15;
    }

    @Override
    public String docType() {
        return "INTEREST_CERTIFICATE";
    }

    @Override
    public String name() {
        return form15 ? "interest-form15g-no-tds" : "interest-deposit-table";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        InterestData d = InterestFactory.random(rng, form15 ? List.of("FD", "FD", "RD") : List.of("FD", "FD", "RD", "SB"),
                rng.between(1, 5), form15);
        DocStyle st = DocStyle.random(rng, 8.5f, 10f);
        String bank = d.branch().bank().name();
        String name = d.depositor().salutation() + " " + d.depositor().upperName();
        Letter l = new Letter(Canvas.a4(), st.ink(), 50);
        l.letterhead(bank, List.of(d.branch().name() + ", " + d.branch().address().oneLine(),
                "IFSC: " + d.branch().ifsc() + "  |  MICR: " + d.branch().micr()));
        l.rightLine("Date: " + st.dates().format(d.issued()));
        l.title(rng.pickOf("INTEREST CERTIFICATE", "TDS / INTEREST CERTIFICATE", "Interest Certificate for F.Y. "
                + d.financialYear()));
        l.line("Financial Year: " + d.financialYear() + " (" + st.dates().format(d.fyFrom()) + " to "
                + st.dates().format(d.fyTo()) + ")");
        l.pairs(List.of(new String[] {"Customer Name", name}, new String[] {"Customer ID", d.customerId()},
                new String[] {"PAN", d.depositor().pan()}, new String[] {"Address", d.depositor().address().oneLine()}), 1);
        float w = l.width();
        Table t = l.table(List.of(Column.left("Account No.", w * 0.22f), Column.center("Type", w * 0.08f),
                Column.right("Principal / Balance", w * 0.2f), Column.right("Rate %", w * 0.1f),
                Column.right("Interest Paid /\nCredited", w * 0.2f), Column.right("TDS Deducted", w * 0.2f)), st.rules());
        float y = t.header(l.y() + 6);
        for (Deposit dep : d.deposits()) {
            y = t.row(y, dep.account(), dep.type(), amt(st, dep.principal()), dep.rate().toPlainString(),
                    amt(st, dep.interest()), amt(st, dep.tds()));
        }
        t.rule(y);
        y = t.row(y, st.bold(), "Total", "", "", "", amt(st, d.totalInterest()), amt(st, d.totalTds()));
        l.moveTo(y);
        if (form15) {
            l.paragraph("The depositor has submitted Form " + (d.depositor().dob().getYear() < 1960 ? "15H" : "15G")
                    + " for the financial year " + d.financialYear() + ". Hence no tax has been deducted at source on the "
                    + "above interest.");
        } else {
            l.paragraph("Tax deducted at source has been remitted to the credit of the Central Government and will be "
                    + "reflected in Form 26AS of the depositor.");
        }
        l.signature("For " + bank, "", "Authorised Signatory", "Branch Manager");
        l.footnote("This is a system generated certificate. The interest shown is on accrual/payment basis as per "
                + "the bank's records.");
        byte[] pdf = PdfWriter.save(l.canvas(), new PdfWriter.Meta("Finacle", d.issued(), rng.nextLong()));
        return List.of(Rendered.pdf(pdf, InterestTruth.of(d, bank, d.depositor().upperName(), true, true).build()));
    }

    private static String amt(DocStyle st, java.math.BigDecimal v) {
        return st.amounts().format(v);
    }
}
