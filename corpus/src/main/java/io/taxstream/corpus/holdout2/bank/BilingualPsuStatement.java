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
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.util.List;

/**
 * A public-sector bank's statement in Hindi and English: bilingual bank name and running header
 * (account number, page n of m) on every page, a bilingual facts box, a ruled table with
 * two-line bilingual column heads and a serial-number column, an opening-balance row first, and
 * "कुल / Total" and "अंतिम शेष / Closing Balance" rows last.
 */
public final class BilingualPsuStatement implements Layout {

    private static final float X = 30;

    @Override
    public String docType() {
        return "BANK_STATEMENT";
    }

    @Override
    public String name() {
        return "h2-bank-psu-bilingual";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        String[] names = rng.pick(Cast2.PSU_BILINGUAL);
        Bank bank = new Bank(names[0], names[2], rng.pickOf(14, 15, 16));
        Book b = Books.random(rng, bank, Books.Style.PSU, rng.between(20, 80), false);
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.TIMES), 7.5f);
        Money money = Money.bank(rng, "");
        When when = rng.pickOf(When.DOTTED, When.D_M_YYYY, When.D_M_DASHED, When.SLASHED);
        Canvas c = Canvas.a4();
        float w = c.width() - 2 * X;
        c.onEveryPage((cv, n, total) -> {
            cv.center(cv.width() / 2, 28, names[1] + " / " + names[0], ink.bold().size(12));
            cv.center(cv.width() / 2, 40, "खाता विवरण / Statement of Account", ink.plus(1));
            cv.text(X, 52, "खाता संख्या / Account No.: " + b.account(), ink);
            cv.right(cv.width() - X, 52, "पृष्ठ / Page " + n + " of " + total, ink);
            cv.line(X, 56, cv.width() - X, 56, 0.8f);
            cv.center(cv.width() / 2, cv.height() - 20, "यह कंप्यूटर जनित विवरण है / This is a computer generated "
                    + "statement and needs no signature.", ink.plus(-1));
        });
        c.newPage();
        String holder = rng.chance(0.5) ? b.holder().upper() : b.holder().natural();
        String[][] facts = {{"खाताधारक का नाम / Account Holder", holder},
            {"पता / Address", b.holder().address().oneLine()},
            {"शाखा / Branch", b.branch().name() + ", " + b.branch().address().city()},
            {"आईएफएससी / IFSC", b.branch().ifsc()}, {"सीआईएफ / CIF No.", b.customerId()},
            {"खाते का प्रकार / Account Type", b.product()},
            {"अवधि / Period", when.of(b.from()) + " से / to " + when.of(b.to())}};
        float y = 66;
        float boxTop = y;
        y += 4;
        for (String[] f : facts) {
            y += 11;
            c.text(X + 6, y, f[0], ink);
            c.text(X + 150, y, ": " + f[1], ink.bold());
        }
        c.box(X, boxTop, w, y - boxTop + 6);
        Truth t = BookFacts.header(b, names[0], holder, b.account(), true);
        float descW = w * 0.36f;
        Table tb = new Table(c, X, List.of(Column.center("क्र.सं.\nSl.", w * 0.05f), Column.center("तिथि\nDate", w * 0.1f),
                Column.left("विवरण\nParticulars", descW), Column.center("चेक सं.\nChq. No.", w * 0.09f),
                Column.right("नामे\nDebit", w * 0.13f), Column.right("जमा\nCredit", w * 0.13f),
                Column.right("शेष\nBalance", w * 0.14f)), ink, Table.Rules.GRID, 2);
        Flow f = new Flow(c, 62, 40);
        f.moveTo(tb.header(y + 14));
        f.onContinue((cv, top) -> tb.header(top));
        f.moveTo(tb.row(f.y(), ink.bold(), "", when.of(b.from()), "प्रारंभिक शेष / Opening Balance", "", "", "",
                money.of(b.opening())));
        int sl = 1;
        for (Txn x : b.txns()) {
            boolean cheque = x.ref().length() == 6;
            String[] row = {String.valueOf(sl++), when.of(x.date()), Draw.cell(c, x.narration(), descW - 8, ink),
                cheque ? x.ref() : "", x.isDebit() ? money.of(x.debit()) : "", x.isDebit() ? "" : money.of(x.credit()),
                money.of(x.balance())};
            f.ensure(tb.height(row));
            f.moveTo(tb.row(f.y(), row));
            BookFacts.txn(t, x, x.narration(), cheque);
        }
        f.ensure(30);
        f.moveTo(tb.row(f.y(), ink.bold(), "", "", "कुल / Total", "", money.of(b.debits()), money.of(b.credits()), ""));
        f.moveTo(tb.row(f.y(), ink.bold(), "", when.of(b.to()), "अंतिम शेष / Closing Balance", "", "", "",
                money.of(b.closing())));
        return List.of(Rendered.pdf(Save.pdf(c, "CBS Statement Server", b.to().plusDays(2), rng), t.build()));
    }
}
