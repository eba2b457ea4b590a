package io.taxstream.corpus.holdout.interest;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.holdout.interest.DepositYear.Deposit;
import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Cast;
import io.taxstream.corpus.holdout.kit.Day;
import io.taxstream.corpus.holdout.kit.Pdfs;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.util.List;

/**
 * A private bank's certificate addressed to the depositor: a deposit table with open and maturity
 * dates, principal and rate, and the "Tax Deducted at Source (TDS)" column placed before the
 * interest column, with a total row.
 */
public final class MaturityColumnsCertificate implements Layout {

    private static final float X = 40;

    @Override
    public String docType() {
        return "INTEREST_CERTIFICATE";
    }

    @Override
    public String name() {
        return "h-interest-maturity-columns";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        Bank bank = rng.pick(Cast.BANKS.subList(4, 19));
        DepositYear d = DepositYears.random(rng, bank, List.of("FD", "FD", "RD", "TD"), rng.between(1, 6), false);
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.TIMES), 8.5f);
        AmountStyle money = Amounts.style(rng);
        Day day = Day.compact(rng);
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * X;
        c.text(X, 50, bank.name(), ink.bold().size(16));
        c.text(X, 64, d.branch().name() + " Branch, " + d.branch().address().oneLine(), ink.plus(-1));
        c.text(X, 75, "IFSC: " + d.branch().ifsc(), ink.plus(-1));
        c.line(X, 82, c.width() - X, 82, 1f);
        c.right(c.width() - X, 98, "Date: " + day.format(d.issued()), ink);
        String name = rng.pickOf(d.depositor().upper(), d.depositor().natural());
        float y = 98;
        c.text(X, y, "To,", ink);
        c.text(X, y + 12, name, ink.bold());
        c.text(X, y + 24, d.depositor().address().line1(), ink);
        c.text(X, y + 36, d.depositor().address().locality() + ", " + d.depositor().address().city() + " - "
                + d.depositor().address().pin(), ink);
        y += 50;
        c.text(X, y, "Customer ID: " + d.customerId() + "        PAN: " + d.depositor().pan(), ink.bold());
        y += 22;
        c.center(c.width() / 2, y, "INTEREST CERTIFICATE", ink.bold().plus(4));
        y += 8;
        y = Chrome.paragraph(c, X, y + 12, w, "This is to certify that the following interest has been paid / "
                + "credited on the deposits held by the above customer with us during the Financial Year "
                + FinancialYear.longSpan(d.fyStart()) + " (" + day.format(d.fyFrom()) + " to " + day.format(d.fyTo())
                + "), and tax has been deducted at source as shown.", ink);
        y += 4;
        Table t = new Table(c, X, List.of(Column.left("Deposit No.", w * 0.17f), Column.center("Type", w * 0.06f),
                Column.center("Open Date", w * 0.11f), Column.center("Maturity Date", w * 0.11f),
                Column.right("Principal (Rs.)", w * 0.14f), Column.right("Rate (%)", w * 0.07f),
                Column.right("Tax Deducted at\nSource (TDS)", w * 0.15f), Column.right("Interest Paid /\nCredited", w * 0.19f)),
                ink, Table.Rules.GRID);
        y = t.header(y);
        for (Deposit x : d.deposits()) {
            y = t.row(y, x.account(), x.type(), day.format(x.opened()), day.format(x.maturity()),
                    money.format(x.principal()), x.rate().toPlainString(), money.format(x.tds()),
                    money.format(x.interest()));
        }
        y = t.row(y, ink.bold(), "Total", "", "", "", "", "", money.format(d.totalTds()), money.format(d.totalInterest()));
        Truth truth = InterestTruths.of(d, bank.name(), name, true, true);
        y += 14;
        y = Chrome.paragraph(c, X, y, w, "TDS, where deducted, has been remitted to the credit of the Central "
                + "Government and will be reflected in Form 26AS. Please quote your PAN in all correspondence. "
                + "All amounts are in Indian Rupees.", ink.plus(-1));
        c.text(X, y + 30, "For " + bank.name(), ink.bold());
        c.text(X, y + 62, "Branch Manager / Authorised Signatory", ink);
        c.center(c.width() / 2, c.height() - 30, "This certificate is computer generated and does not need a signature.",
                ink.plus(-1.5f));
        return List.of(Rendered.pdf(Pdfs.save(c, bank.name() + " Certificates", d.issued(), rng), truth.build()));
    }
}
