package io.taxstream.corpus.holdout2.interest;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.holdout2.interest.Holding.Deposit;
import io.taxstream.corpus.holdout2.kit.Cast2;
import io.taxstream.corpus.holdout2.kit.Draw;
import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.holdout2.kit.Save;
import io.taxstream.corpus.holdout2.kit.When;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.util.List;

/**
 * A private or small-finance bank's certificate in which every deposit is its own box: a shaded
 * title strip ("Deposit 2 of 4") and a two-column list of its facts (account, type in words, dates,
 * principal, rate, interest paid/credited, TDS u/s 194A), with a summary box of the totals last.
 */
public final class DepositBlocksCertificate implements Layout {

    private static final float X = 44;

    @Override
    public String docType() {
        return "INTEREST_CERTIFICATE";
    }

    @Override
    public String name() {
        return "h2-int-deposit-blocks";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        Bank bank = rng.pick(Cast2.BANKS);
        Holding h = Holdings.random(rng, bank, rng.between(1, 5), 0.15);
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.TIMES), 8.5f);
        Money money = Money.indian(rng.pickOf("₹ ", "INR ", "Rs. "), true);
        When when = rng.pickOf(When.DD_MMM_YYYY, When.ORDINAL, When.D_M_YYYY, When.ISO);
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * X;
        c.text(X, 46, bank.name(), ink.bold().size(15));
        c.text(X, 58, h.branch().name() + " Branch, " + h.branch().address().oneLine(), ink.plus(-1));
        c.right(c.width() - X, 46, "Date: " + when.of(h.issued()), ink);
        c.line(X, 66, c.width() - X, 66, 1f);
        c.center(c.width() / 2, 86, "INTEREST CERTIFICATE", ink.bold().size(13));
        c.center(c.width() / 2, 99, "(For the Financial Year " + FinancialYear.span(h.fy()) + ")", ink);
        String name = rng.chance(0.5) ? h.depositor().natural() : h.depositor().upper();
        float y = 120;
        String[] lines = {"Customer Name : " + h.depositor().salutation() + " " + name,
            "Customer ID : " + h.customerId(), "PAN : " + h.depositor().pan(),
            "Address : " + h.depositor().address().oneLine()};
        for (String l : lines) {
            c.text(X, y, l, ink);
            y += 12;
        }
        y = Draw.para(c, X, y + 8, w, "We hereby certify that the following interest has been paid / credited to the "
                + "above customer's deposit accounts during the period " + when.of(FinancialYear.first(h.fy())) + " to "
                + when.of(FinancialYear.last(h.fy())) + " and tax has been deducted at source as shown.", ink);
        Truth t = HoldingFacts.header(h, bank.name(), name, true);
        Flow f = new Flow(c, 50, 50);
        f.moveTo(y + 4);
        int i = 1;
        for (Deposit d : h.deposits()) {
            String[][] kv = {{"Account Number", d.account()}, {"Type of Deposit", d.kind()},
                {"Date of Opening", when.of(d.opened())},
                {"Maturity Date", d.maturity() == null ? "N.A." : when.of(d.maturity())},
                {d.code().equals("SB") ? "Average Balance" : d.code().equals("RD") ? "Monthly Instalment"
                    : "Principal Amount", money.of(d.principal())},
                {"Rate of Interest", d.rate().toPlainString() + "% p.a."},
                {"Interest Paid / Credited", money.of(d.interest())},
                {"TDS Deducted u/s 194A", money.of(d.tds())}};
            float bh = 14 + 4 * 13 + 8;
            f.ensure(bh + 8);
            float body = Draw.titledBox(c, X, f.y(), w, bh, "Deposit " + i++ + " of " + h.deposits().size(), ink);
            for (int k = 0; k < kv.length; k++) {
                float kx = X + 8 + (k % 2) * w / 2;
                float ky = body + 12 + (k / 2) * 13;
                c.text(kx, ky, kv[k][0], ink);
                c.text(kx + 112, ky, ": " + kv[k][1], k >= 6 ? ink.bold() : ink);
            }
            HoldingFacts.deposit(t, d, d.account(), d.kind());
            f.moveTo(f.y() + bh + 8);
        }
        f.ensure(90);
        float sy = f.y() + 4;
        c.shade(X, sy, w, 40, 0.92f);
        c.box(X, sy, w, 40);
        c.text(X + 8, sy + 15, "Total Interest Paid / Credited", ink.bold());
        c.right(X + w - 8, sy + 15, money.of(h.interest()), ink.bold());
        c.text(X + 8, sy + 31, "Total Tax Deducted at Source", ink.bold());
        c.right(X + w - 8, sy + 31, money.of(h.tds()), ink.bold());
        if (h.declared()) {
            c.text(X, sy + 56, "Form 15G/15H received from the customer for the year; no tax has been deducted.", ink);
        }
        c.text(X, sy + 76, "For " + bank.name(), ink.bold());
        c.text(X, sy + 108, "Authorised Signatory", ink);
        c.center(c.width() / 2, c.height() - 28, "This is a system generated certificate and does not require a "
                + "signature.", ink.plus(-1.5f));
        return List.of(Rendered.pdf(Save.pdf(c, bank.name() + " - Finacle", h.issued(), rng), t.build()));
    }
}
