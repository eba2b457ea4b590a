package io.taxstream.corpus.holdout.bank;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.holdout.bank.Ledger.Entry;
import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Cast;
import io.taxstream.corpus.holdout.kit.Cells;
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
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A landscape statement with a serial column and the Value Date before the Transaction Date
 * (cheque credits take value a day or two later), a Cheque Number column, Withdrawal and Deposit
 * columns, and a six-cell summary strip at the top with debit and credit counts.
 */
public final class ValueDateFirstStatement implements Layout {

    private static final float X = 30;

    @Override
    public String docType() {
        return "BANK_STATEMENT";
    }

    @Override
    public String name() {
        return "h-bank-value-date-first";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        Bank bank = Cast.bank(rng);
        Ledger d = Ledgers.random(rng, bank, rng.between(20, 90), false);
        Ink ink = Ink.of(Family.HELVETICA, 7.5f);
        AmountStyle money = Amounts.bankStyle(rng);
        Day day = rng.pickOf(Day.DOTTED, Day.SLASHED, Day.DASHED);
        Canvas c = new Canvas(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
        c.newPage();
        float w = c.width() - 2 * X;
        Chrome.pageNumbers(c, ink, bank.name() + " - Detailed Statement", false);
        String holder = rng.pickOf(d.holder().upper(), d.holder().surnameFirst());
        c.text(X, 40, bank.name(), ink.bold().size(14));
        c.text(X, 54, "Detailed Statement", ink.bold().plus(2));
        c.right(c.width() - X, 40, holder, ink.bold().plus(2));
        c.right(c.width() - X, 52, d.holder().address().oneLine(), ink);
        c.text(X, 72, "Account No: " + d.account() + "   |   " + d.accountType() + "   |   Branch: " + d.branch().name()
                + "   |   IFSC: " + d.branch().ifsc() + "   |   Cust ID: " + d.customerId(), ink);
        c.text(X, 84, "Transactions List - " + holder + " - INR - " + d.account() + " - for the period "
                + day.format(d.from()) + " - " + day.format(d.to()), ink.bold());
        Truth t = LedgerTruth.header(d, bank.name(), holder, d.account(), true);
        float y = Cells.draw(c, X, 92, w, 6, List.of(new String[] {"Opening Bal", money.format(d.opening())},
                new String[] {"Dr Count", String.valueOf(d.debitCount())}, new String[] {"Cr Count",
                    String.valueOf(d.creditCount())}, new String[] {"Debits", money.format(d.debits())},
                new String[] {"Credits", money.format(d.credits())}, new String[] {"Closing Bal",
                    money.format(d.closing())}), ink.plus(0.5f), true);
        LedgerTruth.totals(t, d);
        y += 10;
        float remW = w * 0.33f;
        Table tx = new Table(c, X, List.of(Column.center("S No.", w * 0.05f), Column.center("Value Date", w * 0.08f),
                Column.center("Transaction\nDate", w * 0.08f), Column.center("Cheque\nNumber", w * 0.11f),
                Column.left("Transaction Remarks", remW), Column.right("Withdrawal\nAmount (INR )", w * 0.11f),
                Column.right("Deposit\nAmount (INR )", w * 0.11f), Column.right("Balance (INR )", w * 0.13f)), ink,
                Table.Rules.GRID);
        Flow f = new Flow(c, 40, 40);
        f.moveTo(tx.header(y));
        f.onContinue((cv, top) -> tx.header(top));
        int n = 0;
        for (Entry e : d.entries()) {
            String rem = String.join("\n", Wrap.lines(c, e.narration(), remW - 8, ink));
            String[] cells = {String.valueOf(++n), day.format(e.valueDate()), day.format(e.date()), e.reference(),
                rem, e.isDebit() ? money.format(e.debit()) : "0.00", e.isDebit() ? "0.00" : money.format(e.credit()),
                money.format(e.balance())};
            f.ensure(tx.height(cells));
            f.moveTo(tx.row(f.y(), cells));
            LedgerTruth.entry(t, e, true);
        }
        f.down(14);
        f.ensure(30);
        c.text(X, f.y(), "Legends: INB - Internet Banking; MMT - Mobile Money Transfer; CLG - Clearing; "
                + "ACH - Automated Clearing House; NEFT - National Electronic Funds Transfer", ink.plus(-0.5f));
        return List.of(Rendered.pdf(Pdfs.save(c, "Statement Generator", d.to().plusDays(1), rng), t.build()));
    }
}
