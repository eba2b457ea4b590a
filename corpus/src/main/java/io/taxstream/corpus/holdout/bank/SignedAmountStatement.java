package io.taxstream.corpus.holdout.bank;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.data.Ids;
import io.taxstream.corpus.holdout.bank.Ledger.Entry;
import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Cast;
import io.taxstream.corpus.holdout.kit.Day;
import io.taxstream.corpus.holdout.kit.Pdfs;
import io.taxstream.corpus.holdout.kit.Wrap;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.util.List;

/**
 * A private bank's e-statement: one Amount column with a sign (debits {@code -1,234.00}, credits
 * {@code +5,000.00} or unsigned), ISO or short dates, a masked account number, opening and
 * closing balances as rows of the table itself and a summary strip above it with the count.
 */
public final class SignedAmountStatement implements Layout {

    private static final float X = 36;

    @Override
    public String docType() {
        return "BANK_STATEMENT";
    }

    @Override
    public String name() {
        return "h-bank-signed-amount";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        Bank bank = rng.pick(Cast.BANKS.subList(4, Cast.BANKS.size()));
        Ledger d = Ledgers.random(rng, bank, rng.between(15, 60), false);
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.TIMES), 8f);
        AmountStyle money = Amounts.bankStyle(rng);
        boolean plus = rng.chance(0.6);
        Day day = rng.pickOf(Day.ISO, Day.ISO, Day.MON_SHORT_YEAR);
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * X;
        c.shade(0, 0, c.width(), 58, 0.82f);
        c.text(X, 36, "ACCOUNT STATEMENT", ink.bold().size(14));
        c.right(c.width() - X, 36, bank.name(), ink.bold().size(13));
        String holder = d.holder().natural();
        String masked = Ids.mask(d.account());
        c.text(X, 80, holder, ink.bold().plus(2));
        c.text(X, 92, d.holder().address().line1(), ink);
        c.text(X, 103, d.holder().address().locality() + ", " + d.holder().address().city(), ink);
        c.text(X, 114, d.holder().address().state() + " " + d.holder().address().pin(), ink);
        float bx = c.width() / 2 + 20;
        c.box(bx, 68, c.width() - X - bx, 60);
        String[][] facts = {{"Account Number", masked}, {"Account Type", d.accountType()}, {"IFSC", d.branch().ifsc()},
            {"Statement Period", day.format(d.from()) + " to " + day.format(d.to())}};
        for (int i = 0; i < facts.length; i++) {
            c.text(bx + 6, 81 + i * 12, facts[i][0], ink);
            c.text(bx + 88, 81 + i * 12, facts[i][1], ink.bold());
        }
        Truth t = LedgerTruth.header(d, bank.name(), holder, masked, true);
        float y = 140;
        String[][] strip = {{"Opening Balance", money.format(d.opening())}, {"Total Withdrawals",
            money.format(d.debits())}, {"Total Deposits", money.format(d.credits())},
            {"Closing Balance", money.format(d.closing())}, {"Transactions", String.valueOf(d.entries().size())}};
        float sw = w / strip.length;
        for (int i = 0; i < strip.length; i++) {
            c.shade(X + i * sw + 1, y, sw - 2, 30, 0.94f);
            c.center(X + i * sw + sw / 2, y + 11, strip[i][0], ink.plus(-0.5f));
            c.center(X + i * sw + sw / 2, y + 24, strip[i][1], ink.bold().plus(1));
        }
        LedgerTruth.totals(t, d);
        t.text("transaction_count", String.valueOf(d.entries().size()));
        y += 42;
        float detailW = w * 0.47f;
        Table tx = new Table(c, X, List.of(Column.left("Date", w * 0.11f), Column.left("Transaction Details", detailW),
                Column.left("Reference", w * 0.12f), Column.right("Amount (INR)", w * 0.14f),
                Column.right("Balance (INR)", w * 0.16f)), ink, Table.Rules.HORIZONTAL, 4);
        Flow f = new Flow(c, 40, 40);
        f.moveTo(tx.header(y));
        f.onContinue((cv, top) -> tx.header(top));
        f.moveTo(tx.row(f.y(), ink.bold(), day.format(d.from()), "Opening Balance", "", "",
                money.format(d.opening())));
        int n = 0;
        for (Entry e : d.entries()) {
            String desc = String.join("\n", Wrap.lines(c, e.narration(), detailW - 8, ink));
            String[] cells = {day.format(e.date()), desc, e.reference(), Amounts.signed(money, e.signed(), plus),
                money.format(e.balance())};
            f.ensure(tx.height(cells));
            if (n++ % 2 == 1) {
                c.shade(X, f.y(), w, tx.height(cells), 0.96f);
            }
            f.moveTo(tx.row(f.y(), cells));
            LedgerTruth.entry(t, e, true);
        }
        f.ensure(20);
        f.moveTo(tx.row(f.y(), ink.bold(), day.format(d.to()), "Closing Balance", "", "", money.format(d.closing())));
        c.center(c.width() / 2, c.height() - 24, "Amounts with a minus sign are debits. Contact us at 1860 "
                + rng.digits(3) + " " + rng.digits(4) + " for any discrepancy.", ink.plus(-1));
        return List.of(Rendered.pdf(Pdfs.save(c, bank.name() + " eStatements", d.to().plusDays(2), rng), t.build()));
    }
}
