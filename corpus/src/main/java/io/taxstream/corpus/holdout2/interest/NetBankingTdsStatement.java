package io.taxstream.corpus.holdout2.interest;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.holdout2.interest.Holding.Deposit;
import io.taxstream.corpus.holdout2.kit.Cast2;
import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.holdout2.kit.Save;
import io.taxstream.corpus.holdout2.kit.When;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.kit.Rupees;
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
 * A net-banking "Interest and TDS Statement" for a customer with many deposits, running over
 * several pages: customer facts on page one only, a running header with the customer id on every
 * later page, columns Sr. / Account No. / Product / Branch / Interest / TDS / Net Amount in INR with
 * international grouping, a page sub-total at the foot of each page and a grand total at the end.
 */
public final class NetBankingTdsStatement implements Layout {

    private static final float X = 32;

    @Override
    public String docType() {
        return "INTEREST_CERTIFICATE";
    }

    @Override
    public String name() {
        return "h2-int-netbanking-multipage";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        Bank bank = rng.pick(Cast2.BANKS.subList(5, Cast2.BANKS.size()));
        Holding h = Holdings.random(rng, bank, rng.between(20, 60), 0.1);
        Ink ink = Ink.of(Family.HELVETICA, 7.5f);
        Money money = Money.bank(rng, "").decimals(true);
        if (rng.chance(0.6)) {
            money = new Money(io.taxstream.corpus.util.AmountStyle.INTERNATIONAL, Money.Neg.MINUS);
        }
        When when = rng.pickOf(When.DD_MMM_YYYY, When.DD_MMM_UPPER, When.SLASHED);
        Canvas c = Canvas.a4();
        float w = c.width() - 2 * X;
        String name = h.depositor().upper();
        c.onEveryPage((cv, n, total) -> {
            if (n > 1) {
                cv.text(X, 30, bank.name() + " | Interest and TDS Statement | " + name + " | Customer ID "
                        + h.customerId(), ink);
            }
            cv.right(cv.width() - X, cv.height() - 22, "Page " + n + " of " + total, ink);
            cv.text(X, cv.height() - 22, "Generated on " + when.of(h.issued()) + " through Internet Banking", ink);
        });
        c.newPage();
        c.text(X, 44, bank.name(), ink.bold().size(14));
        c.text(X, 60, "Interest and TDS Statement for Financial Year " + FinancialYear.longSpan(h.fy()), ink.bold().size(10));
        String[][] kv = {{"Customer Name", name}, {"Customer ID", h.customerId()}, {"PAN", h.depositor().pan()},
            {"Home Branch", h.branch().name() + ", " + h.branch().address().city()},
            {"Period", when.of(FinancialYear.first(h.fy())) + " to " + when.of(FinancialYear.last(h.fy()))},
            {"15G/15H Status", h.declared() ? "Submitted" : "Not submitted"}};
        float y = 76;
        for (int i = 0; i < kv.length; i++) {
            float kx = X + (i % 2) * w / 2;
            if (i % 2 == 0) {
                y += 12;
            }
            c.text(kx, y, kv[i][0], ink);
            c.text(kx + 80, y, ": " + kv[i][1], ink.bold());
        }
        Truth t = HoldingFacts.header(h, bank.name(), name, true);
        Table tb = new Table(c, X, List.of(Column.center("Sr.", w * 0.05f), Column.left("Account No.", w * 0.2f),
                Column.center("Product", w * 0.09f), Column.left("Branch", w * 0.2f),
                Column.right("Interest (INR)", w * 0.15f), Column.right("TDS (INR)", w * 0.15f),
                Column.right("Net Amount (INR)", w * 0.16f)), ink, Table.Rules.GRID, 2);
        y = tb.header(y + 14);
        float bottom = c.height() - 50;
        BigDecimal pageInt = Rupees.ZERO;
        BigDecimal pageTds = Rupees.ZERO;
        int sr = 1;
        for (Deposit d : h.deposits()) {
            String[] row = {String.valueOf(sr++), d.account() + "\nOpened " + when.of(d.opened()), d.code(),
                h.branch().name() + "\n" + h.branch().address().city(), money.of(d.interest()),
                money.of(d.tds()), money.of(d.interest().subtract(d.tds()))};
            if (y + 2 * tb.height(row) > bottom) {
                tb.row(y, ink.bold(), "", "Page Sub-total", "", "", money.of(pageInt), money.of(pageTds),
                        money.of(pageInt.subtract(pageTds)));
                c.newPage();
                y = tb.header(40);
                pageInt = Rupees.ZERO;
                pageTds = Rupees.ZERO;
            }
            y = tb.row(y, row);
            pageInt = pageInt.add(d.interest());
            pageTds = pageTds.add(d.tds());
            HoldingFacts.deposit(t, d, d.account(), d.code());
        }
        y = tb.row(y, ink.bold(), "", "Page Sub-total", "", "", money.of(pageInt), money.of(pageTds),
                money.of(pageInt.subtract(pageTds)));
        if (y + 60 > bottom) {
            c.newPage();
            y = 40;
        }
        y = tb.row(y + 4, ink.bold(), "", "Grand Total", "", "", money.of(h.interest()), money.of(h.tds()),
                money.of(h.interest().subtract(h.tds())));
        c.text(X, y + 18, "Product codes: FD - Fixed Deposit, TD - Term Deposit, RD - Recurring Deposit, SB - Savings, "
                + "MIS - Monthly Income Scheme, STDR - Special Term Deposit.", ink.plus(-0.5f));
        c.text(X, y + 30, "TDS is deducted u/s 194A of the Income-tax Act, 1961. Savings interest is not subject to TDS.",
                ink.plus(-0.5f));
        return List.of(Rendered.pdf(Save.pdf(c, bank.name() + " NetBanking", h.issued(), rng), t.build()));
    }
}
