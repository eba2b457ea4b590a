package io.taxstream.corpus.holdout2.bank;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.data.Ids;
import io.taxstream.corpus.holdout2.bank.Book.Txn;
import io.taxstream.corpus.holdout2.kit.Cast2;
import io.taxstream.corpus.holdout2.kit.Draw;
import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.holdout2.kit.Save;
import io.taxstream.corpus.holdout2.kit.When;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small-finance bank's app statement: label-above-value customer cells, a strip of four summary
 * tiles, and the transactions newest first, each with its time under the date, the reference on a
 * second line of the details, a Type column ("Credit" / "Debit") and a single {@code ₹} amount.
 */
public final class AppNewestFirstStatement implements Layout {

    private static final float X = 34;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("hh:mm a", Locale.ENGLISH);

    @Override
    public String docType() {
        return "BANK_STATEMENT";
    }

    @Override
    public String name() {
        return "h2-bank-app-newest-first";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        Bank bank = rng.pick(Cast2.BANKS.subList(0, 8));
        Book b = Books.random(rng, bank, Books.Style.APP, rng.between(15, 55), false);
        Ink ink = Ink.of(Family.HELVETICA, 8f);
        Money money = Money.indian("₹", true);
        When when = rng.pickOf(When.DD_MMM_YYYY, When.D_MMM_YY, When.LONG);
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * X;
        c.shade(0, 0, c.width(), 64, 0.88f);
        c.text(X, 30, bank.name(), ink.bold().size(15));
        c.text(X, 46, "Account Statement", ink.size(11));
        c.right(c.width() - X, 30, "Statement Period", ink);
        c.right(c.width() - X, 44, when.of(b.from()) + " - " + when.of(b.to()), ink.bold().size(10));
        String masked = Ids.mask(b.account());
        String holder = b.holder().natural();
        List<String[]> cells = List.of(new String[] {"Customer Name", holder},
                new String[] {"Account Number", masked}, new String[] {"Account Type", b.product()},
                new String[] {"Customer ID", b.customerId()}, new String[] {"Branch", b.branch().name() + ", "
                    + b.branch().address().city()}, new String[] {"IFSC", b.branch().ifsc()});
        float y = Draw.cells(c, X, 76, w, 3, cells, ink.plus(1), false);
        Truth t = BookFacts.header(b, bank.name(), holder, masked, true);
        String[][] tiles = {{"Opening Balance", money.of(b.opening())}, {"Total Credit", money.of(b.credits())},
            {"Total Debit", money.of(b.debits())}, {"Closing Balance", money.of(b.closing())}};
        float tw = w / 4;
        y += 8;
        for (int i = 0; i < 4; i++) {
            c.shade(X + i * tw + 2, y, tw - 4, 34, 0.93f);
            c.text(X + i * tw + 10, y + 13, tiles[i][0], ink);
            c.text(X + i * tw + 10, y + 27, tiles[i][1], ink.bold().size(10));
        }
        y += 46;
        c.text(X, y, "Transactions (latest first)", ink.bold().plus(1));
        float detailW = w * 0.45f;
        Table tb = new Table(c, X, List.of(Column.left("Date & Time", w * 0.15f),
                Column.left("Transaction Details", detailW), Column.center("Type", w * 0.1f),
                Column.right("Amount", w * 0.14f), Column.right("Balance", w * 0.16f)), ink, Table.Rules.HORIZONTAL, 4);
        Flow f = new Flow(c, 40, 46);
        f.moveTo(tb.header(y + 6));
        f.onContinue((cv, top) -> tb.header(top));
        List<Txn> newest = new ArrayList<>(b.txns());
        java.util.Collections.reverse(newest);
        for (Txn x : newest) {
            String details = Draw.cell(c, x.narration(), detailW - 8, ink);
            if (!x.ref().isEmpty()) {
                details += "\nRef No. " + x.ref();
            }
            String[] row = {when.of(x.date()) + "\n" + x.time().format(TIME), details, x.isDebit() ? "Debit" : "Credit",
                money.of(x.amount()), money.of(x.balance())};
            f.ensure(tb.height(row));
            f.moveTo(tb.row(f.y(), row));
            BookFacts.txn(t, x, x.narration(), true);
        }
        f.down(16);
        f.ensure(30);
        c.text(X, f.y(), "Opening balance as on " + when.of(b.from()) + ": " + money.of(b.opening())
                + "    Closing balance as on " + when.of(b.to()) + ": " + money.of(b.closing()), ink);
        c.onEveryPage((cv, n, total) -> cv.center(cv.width() / 2, cv.height() - 22, "This is a computer generated "
                + "statement and does not need a signature  |  Page " + n + " of " + total, ink.plus(-1)));
        return List.of(Rendered.pdf(Save.pdf(c, bank.name() + " Mobile Banking", b.to().plusDays(1), rng), t.build()));
    }
}
