package io.taxstream.corpus.holdout.bank;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.holdout.bank.Ledger.Entry;
import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Cast;
import io.taxstream.corpus.holdout.kit.Day;
import io.taxstream.corpus.holdout.kit.Pdfs;
import io.taxstream.corpus.holdout.kit.Wrap;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
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
 * A public-sector bank's statement: Txn Date | Value Date | Description | Ref No./Cheque No. |
 * Debit | Credit | Balance, balances followed by CR or DR, dates like "01 Apr 2024", narrations
 * wrapping over two or three lines, the opening balance as "Balance as on" in the header and a
 * summary (opening, debits, credits, closing, count) after the last row.
 */
public final class ValueDateCrDrStatement implements Layout {

    private static final float X = 30;

    @Override
    public String docType() {
        return "BANK_STATEMENT";
    }

    @Override
    public String name() {
        return "h-bank-value-date-crdr";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        Bank bank = rng.pick(Cast.PSU_BANKS);
        Ledger d = Ledgers.random(rng, bank, rng.between(18, 70), rng.chance(0.3));
        Ink ink = Ink.of(Family.HELVETICA, 7.5f);
        AmountStyle money = Amounts.bankStyle(rng);
        Day day = rng.pickOf(Day.SPACED, Day.SPACED, Day.MON_SHORT_YEAR);
        String cr = rng.pickOf("CR", "Cr");
        String dr = cr.equals("CR") ? "DR" : "Dr";
        String gap = rng.pickOf(" ", "");
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * X;
        Chrome.pageNumbers(c, ink.plus(-0.5f), "This is a computer generated statement and does not require "
                + "signature.", true);
        c.text(X, 46, bank.name().toUpperCase(java.util.Locale.ROOT), ink.bold().size(15));
        c.right(c.width() - X, 46, "Statement of Account", ink.bold().size(11));
        c.line(X, 54, c.width() - X, 54, 1.2f);
        String holder = d.holder().upper();
        Table head = new Table(c, X, List.of(Column.left("", w * 0.17f), Column.left("", w * 0.35f),
                Column.left("", w * 0.17f), Column.left("", w * 0.31f)), ink.plus(0.5f), Table.Rules.NONE, 1);
        float y = 58;
        y = head.row(y, "Account Name", ": " + holder, "Account Number", ": " + d.account());
        y = head.row(y, "Address", ": " + d.holder().address().line1(), "Account Description", ": " + d.accountType());
        y = head.row(y, "", "  " + d.holder().address().locality() + ", " + d.holder().address().city() + " - "
                + d.holder().address().pin(), "Branch", ": " + d.branch().name());
        y = head.row(y, "CIF No.", ": " + d.customerId(), "IFS Code", ": " + d.branch().ifsc());
        y = head.row(y, "MICR Code", ": " + d.branch().micr(), "Nomination", ": " + rng.pickOf("Registered",
                "Not Registered"));
        y = head.row(y, "Balance as on " + day.format(d.from()), ": " + Amounts.sided(money, d.opening(), cr, dr, gap),
                "Currency", ": INR");
        y += 6;
        c.text(X, y + 9, "Account Statement from " + day.format(d.from()) + " to " + day.format(d.to()), ink.bold().plus(1.5f));
        y += 16;
        Truth t = LedgerTruth.header(d, bank.name().toUpperCase(java.util.Locale.ROOT), holder, d.account(), true);
        float descW = w * 0.30f;
        Table tx = new Table(c, X, List.of(Column.left("Txn Date", w * 0.095f), Column.left("Value\nDate", w * 0.095f),
                Column.left("Description", descW), Column.left("Ref No./Cheque\nNo.", w * 0.15f),
                Column.right("Debit", w * 0.11f), Column.right("Credit", w * 0.11f), Column.right("Balance", w * 0.14f)),
                ink, Table.Rules.GRID);
        Flow f = new Flow(c, 40, 44);
        f.moveTo(tx.header(y));
        f.onContinue((cv, top) -> tx.header(top));
        for (Entry e : d.entries()) {
            String desc = String.join("\n", Wrap.lines(c, e.narration(), descW - 8, ink));
            String[] cells = {day.format(e.date()), day.format(e.valueDate()), desc, e.reference(),
                e.isDebit() ? money.format(e.debit()) : "", e.isDebit() ? "" : money.format(e.credit()),
                Amounts.sided(money, e.balance(), cr, dr, gap)};
            f.ensure(tx.height(cells));
            f.moveTo(tx.row(f.y(), cells));
            LedgerTruth.entry(t, e, true);
        }
        f.clearContinuation();
        f.ensure(60);
        f.down(12);
        Table sum = new Table(c, X, List.of(Column.center("Opening Balance", w / 5), Column.center("Total Debits", w / 5),
                Column.center("Total Credits", w / 5), Column.center("Closing Balance", w / 5),
                Column.center("No. of Transactions", w / 5)), ink.plus(0.5f), Table.Rules.GRID);
        f.moveTo(sum.header(f.y()));
        f.moveTo(sum.row(f.y(), Amounts.sided(money, d.opening(), cr, dr, gap), money.format(d.debits()),
                money.format(d.credits()), Amounts.sided(money, d.closing(), cr, dr, gap),
                String.valueOf(d.entries().size())));
        LedgerTruth.totals(t, d);
        t.text("transaction_count", String.valueOf(d.entries().size()));
        f.down(14);
        c.text(X, f.y(), "Please examine the entries and report discrepancies, if any, to the branch within 15 days.",
                ink);
        return List.of(Rendered.pdf(Pdfs.save(c, "Finacle Statement Engine", d.to().plusDays(1), rng), t.build()));
    }
}
