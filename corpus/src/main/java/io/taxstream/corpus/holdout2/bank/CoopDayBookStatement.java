package io.taxstream.corpus.holdout2.bank;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.holdout2.bank.Book.Txn;
import io.taxstream.corpus.holdout2.kit.Cast2;
import io.taxstream.corpus.holdout2.kit.Draw;
import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.holdout2.kit.Save;
import io.taxstream.corpus.holdout2.kit.When;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A co-operative bank's ledger printout: bank and branch on every page, Withdrawals / Deposits
 * columns, balances with {@code Cr} / {@code Dr} (cash credit accounts run in debit), the date
 * printed only on the first entry of each day, cheque numbers in their own column, a "Page Total"
 * row at the foot of every page, and a grand total and closing balance after the last page's rows.
 */
public final class CoopDayBookStatement implements Layout {

    private static final float X = 30;
    private static final float BOTTOM = 60;

    @Override
    public String docType() {
        return "BANK_STATEMENT";
    }

    @Override
    public String name() {
        return "h2-bank-coop-daybook";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        Bank bank = rng.pick(Cast2.COOP_BANKS);
        boolean overdraft = rng.chance(0.45);
        Book b = Books.random(rng, bank, Books.Style.COOP, rng.between(25, 95), overdraft);
        Ink ink = Ink.of(rng.pickOf(Family.TIMES, Family.HELVETICA), 8f);
        Money money = Money.bank(rng, "");
        When when = rng.pickOf(When.D_M_YY, When.DOTTED, When.SLASHED, When.D_MMM_YY);
        Canvas c = Canvas.a4();
        float w = c.width() - 2 * X;
        String holder = rng.chance(0.6) ? b.holder().surnameFirst() : b.holder().upper();
        c.onEveryPage((cv, n, total) -> {
            cv.center(cv.width() / 2, 30, bank.name(), ink.bold().size(12));
            cv.center(cv.width() / 2, 42, "Branch: " + b.branch().name() + ", " + b.branch().address().city()
                    + "   IFSC: " + b.branch().ifsc() + "   MICR: " + b.branch().micr(), ink.plus(-0.5f));
            cv.line(X, 48, cv.width() - X, 48, 0.8f);
            cv.right(cv.width() - X, cv.height() - 24, "Page " + n + " of " + total, ink.plus(-1));
            cv.text(X, cv.height() - 24, "A/c No. " + b.account() + "  " + holder, ink.plus(-1));
        });
        c.newPage();
        c.center(c.width() / 2, 64, "STATEMENT OF ACCOUNT FOR THE PERIOD " + when.of(b.from()) + " TO "
                + when.of(b.to()), ink.bold().plus(1));
        String[][] kv = {{"A/c No.", b.account(), "Product", b.product()},
            {"Name", holder, "Customer ID", b.customerId()},
            {"Address", b.holder().address().line1(), "Nominee", "REGISTERED"},
            {"", b.holder().address().locality() + ", " + b.holder().address().city() + " - "
                + b.holder().address().pin(), "Opening Balance", money.sided(b.opening(), "Cr", "Dr")}};
        float y = 80;
        for (String[] r : kv) {
            c.text(X, y, r[0], ink);
            c.text(X + 52, y, r[0].isEmpty() ? "" : ":", ink);
            c.text(X + 58, y, r[1], ink.bold());
            c.text(X + w * 0.6f, y, r[2], ink);
            c.text(X + w * 0.6f + 66, y, ":", ink);
            c.text(X + w * 0.6f + 72, y, r[3], ink.bold());
            y += 11;
        }
        Truth t = BookFacts.header(b, bank.name(), holder, b.account(), true);
        float descW = w * 0.38f;
        Table tb = new Table(c, X, List.of(Column.left("Date", w * 0.09f), Column.left("Particulars", descW),
                Column.center("Chq. No.", w * 0.09f), Column.right("Withdrawals", w * 0.14f),
                Column.right("Deposits", w * 0.14f), Column.right("Balance", w * 0.16f)), ink, Table.Rules.HORIZONTAL,
                2);
        y = tb.header(y + 6);
        float bottom = c.height() - BOTTOM;
        float footH = tb.height("x");
        BigDecimal pageDr = Rupees.ZERO;
        BigDecimal pageCr = Rupees.ZERO;
        LocalDate shown = null;
        for (Txn x : b.txns()) {
            boolean cheque = x.ref().length() == 6;
            String desc = Draw.cell(c, x.narration(), descW - 8, ink);
            String[] cells = {x.date().equals(shown) ? "" : when.of(x.date()), desc, cheque ? x.ref() : "",
                x.isDebit() ? money.of(x.debit()) : "", x.isDebit() ? "" : money.of(x.credit()),
                money.sided(x.balance(), "Cr", "Dr")};
            if (y + tb.height(cells) + footH > bottom) {
                tb.rule(y);
                y = tb.row(y, ink.bold(), "", "Page Total", "", money.of(pageDr), money.of(pageCr), "");
                c.newPage();
                y = tb.header(56);
                pageDr = Rupees.ZERO;
                pageCr = Rupees.ZERO;
                cells[0] = when.of(x.date());
            }
            y = tb.row(y, cells);
            shown = x.date();
            if (x.isDebit()) {
                pageDr = pageDr.add(x.debit());
            } else {
                pageCr = pageCr.add(x.credit());
            }
            BookFacts.txn(t, x, x.narration(), cheque);
        }
        tb.rule(y);
        y = tb.row(y, ink.bold(), "", "Page Total", "", money.of(pageDr), money.of(pageCr), "");
        if (y + 40 > bottom) {
            c.newPage();
            y = 56;
        }
        y = tb.row(y, ink.bold(), "", "Grand Total", "", money.of(b.debits()), money.of(b.credits()), "");
        c.text(X, y + 14, "Closing Balance as on " + when.of(b.to()) + " : " + money.sided(b.closing(), "Cr", "Dr"),
                ink.bold());
        c.text(X, y + 28, "Entries are subject to realisation of cheques. Please report discrepancies within 15 days.",
                ink.plus(-1));
        return List.of(Rendered.pdf(Save.pdf(c, rng.pickOf("Finacle", "CBS - Sahakar", "Kalpataru CBS"), b.to()
                .plusDays(1), rng), t.build()));
    }
}
