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
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.math.BigDecimal;
import java.util.List;

/**
 * A co-operative bank's "To whomsoever it may concern" letter with its deposit register: receipt
 * number, type code (FDR, RD, SB, CC for cash certificate), date of deposit, amount, rate, due date,
 * interest and T.D.S. ("Nil" where none), a total row, and a note on Form 15G/15H.
 */
public final class CoopRegisterCertificate implements Layout {

    private static final float X = 40;

    @Override
    public String docType() {
        return "INTEREST_CERTIFICATE";
    }

    @Override
    public String name() {
        return "h2-int-coop-register";
    }

    private static String code(Deposit d) {
        return switch (d.code()) {
            case "RD" -> "RD";
            case "SB" -> "SB";
            case "STDR" -> "CASH CERT.";
            default -> "FDR";
        };
    }

    @Override
    public List<Rendered> render(Rng rng) {
        Bank bank = rng.pick(Cast2.COOP_BANKS);
        Holding h = Holdings.random(rng, bank, rng.between(2, 7), 0.35);
        Family family = rng.pickOf(Family.TIMES, Family.COURIER, Family.HELVETICA);
        Ink ink = Ink.of(family, family == Family.COURIER ? 7.5f : 8.5f);
        Money money = Money.indian("", true);
        When when = rng.pickOf(When.D_M_DASHED, When.DOTTED, When.D_M_YY);
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * X;
        c.center(c.width() / 2, 44, bank.name().toUpperCase(java.util.Locale.ROOT), ink.bold().size(13));
        c.center(c.width() / 2, 57, "(Scheduled Bank)  " + h.branch().name() + " Branch, " + h.branch().address()
                .city() + "  Ph: 0" + rng.number(2) + "-" + rng.number(7), ink.plus(-0.5f));
        c.line(X, 63, c.width() - X, 63, 1f);
        c.text(X, 80, "Ref: " + rng.letters(3) + "/INT/" + h.fy() + "/" + rng.between(10, 999), ink);
        c.right(c.width() - X, 80, "Date: " + when.of(h.issued()), ink);
        c.center(c.width() / 2, 102, "TO WHOMSOEVER IT MAY CONCERN", ink.bold().plus(2));
        String name = h.depositor().upper();
        float y = Draw.para(c, X, 124, w, "This is to certify that " + h.depositor().honorific() + " " + name
                + " (PAN: " + h.depositor().pan() + "), Customer No. " + h.customerId() + ", holds the following "
                + "deposits with our branch, and that interest paid / credited and tax deducted at source during the "
                + "period " + when.of(FinancialYear.first(h.fy())) + " to " + when.of(FinancialYear.last(h.fy())) + " (F.Y. "
                + FinancialYear.span(h.fy()) + ") are as under:", ink);
        Truth t = HoldingFacts.header(h, bank.name().toUpperCase(java.util.Locale.ROOT), name, true);
        Table tb = new Table(c, X, List.of(Column.left("Receipt /\nA/c No.", w * 0.16f), Column.center("Type", w * 0.09f),
                Column.center("Date of\nDeposit", w * 0.115f), Column.right("Amount\n(Rs.)", w * 0.14f),
                Column.right("ROI\n(%)", w * 0.065f), Column.center("Due\nDate", w * 0.115f),
                Column.right("Interest\n(Rs.)", w * 0.16f), Column.right("T.D.S.\n(Rs.)", w * 0.155f)), ink,
                Table.Rules.GRID, 2);
        y = tb.header(y + 6);
        for (Deposit d : h.deposits()) {
            y = tb.row(y, d.account(), code(d), when.of(d.opened()), money.of(d.principal()), d.rate().toPlainString(),
                    d.maturity() == null ? "-" : when.of(d.maturity()), money.of(d.interest()), nil(money, d.tds()));
            HoldingFacts.deposit(t, d, d.account(), code(d));
        }
        y = tb.row(y, ink.bold(), "TOTAL", "", "", "", "", "", money.of(h.interest()), nil(money, h.tds()));
        y += 16;
        String note = h.declared() ? "The depositor has submitted Form No. " + (h.depositor().age(FinancialYear.last(h.fy())) >= 60
                ? "15H" : "15G") + " for the year; hence no tax has been deducted at source."
                : h.tds().signum() == 0 ? "Interest did not exceed the limit u/s 194A; hence no tax was deducted."
                : "Tax deducted has been remitted to the Government and is reflected in Form 26AS.";
        y = Draw.para(c, X, y, w, note, ink);
        c.text(X, y + 50, "Branch Manager / Accountant", ink.bold());
        c.text(X, y + 62, "For " + bank.name(), ink);
        return List.of(Rendered.pdf(Save.pdf(c, "Sahakar CBS", h.issued(), rng), t.build()));
    }

    private static String nil(Money money, BigDecimal v) {
        return v.signum() == 0 ? "Nil" : money.of(v);
    }
}
