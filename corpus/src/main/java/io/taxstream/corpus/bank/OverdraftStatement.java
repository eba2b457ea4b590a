package io.taxstream.corpus.bank;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.math.BigDecimal;
import java.util.List;

/**
 * A current account with an overdraft: balances carry Cr/Dr markers (Dr is negative), a summary
 * box at the top states opening and closing balances, totals and the number of transactions, and
 * the table ends with a Total row.
 */
public final class OverdraftStatement implements Layout {

    @Override
    public String docType() {
        return "BANK_STATEMENT";
    }

    @Override
    public String name() {
        return "bank-overdraft-crdr";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        StatementData d = StatementFactory.random(rng, rng.between(20, 110), true);
        Ink ink = Ink.of(rng.pickOf(Family.TIMES, Family.HELVETICA), 8f);
        AmountStyle amounts = rng.chance(0.5) ? AmountStyle.INDIAN : AmountStyle.INTERNATIONAL;
        DateStyle dates = rng.pickOf(DateStyle.DOTTED, DateStyle.DASHED);
        String holder = d.holder().upperName();
        Canvas c = Canvas.a4();
        c.newPage();
        StatementParts.everyPage(c, d, ink, rng, d.account());
        float w = c.width() - 2 * StatementParts.X;
        c.center(c.width() / 2, 40, d.branch().bank().name(), ink.bold().size(15));
        c.center(c.width() / 2, 54, d.branch().name() + ", " + d.branch().address().oneLine(), ink.plus(-1));
        c.center(c.width() / 2, 66, "IFSC: " + d.branch().ifsc() + "   MICR: " + d.branch().micr(), ink.plus(-1));
        c.text(StatementParts.X, 88, "Customer Name : " + holder, ink.bold());
        c.text(StatementParts.X, 100, "A/c No. : " + d.account() + "   (" + d.accountType() + ")", ink);
        c.text(StatementParts.X, 112, "Sanctioned OD Limit : " + amounts.format(d.odLimit()), ink);
        c.text(StatementParts.X, 124, "Period : " + dates.format(d.from()) + " to " + dates.format(d.to()), ink);
        Table box = new Table(c, StatementParts.X, List.of(Column.left("Opening Balance", w / 5),
                Column.right("Total Debits", w / 5), Column.right("Total Credits", w / 5),
                Column.left("Closing Balance", w / 5), Column.right("No. of Transactions", w / 5)), ink, Table.Rules.GRID);
        float y = box.header(134);
        y = box.row(y, marked(amounts, d.opening()), amounts.format(d.totalDebits()), amounts.format(d.totalCredits()),
                marked(amounts, d.closing()), String.valueOf(d.txns().size()));
        Flow flow = new Flow(c, 40, 40);
        flow.moveTo(y + 12);
        Table t = new Table(c, StatementParts.X, List.of(Column.left("Date", w * 0.1f), Column.left("Particulars", w * 0.4f),
                Column.left("Chq No", w * 0.1f), Column.right("Debit", w * 0.13f), Column.right("Credit", w * 0.13f),
                Column.right("Balance", w * 0.14f)), ink, Table.Rules.GRID);
        TxnTable table = new TxnTable(flow, t, 1, w * 0.4f - 6, ink);
        table.draw(List.of(), d.txns(), x -> new String[] {dates.format(x.date()), "", x.reference(),
            x.isDebit() ? amounts.format(x.debit()) : "", x.isDebit() ? "" : amounts.format(x.credit()),
            marked(amounts, x.balance())}, null,
                List.<String[]>of(new String[] {"", "Total", "", amounts.format(d.totalDebits()),
                    amounts.format(d.totalCredits()), ""}));
        Truth truth = StatementTruth.header(d, holder, d.account(), true);
        StatementTruth.totals(truth, d, true);
        d.txns().forEach(x -> StatementTruth.item(truth, x, table.wrap(x.description()), true));
        return List.of(Rendered.pdf(StatementParts.save(c, d, rng, "TCS BaNCS"), truth.build()));
    }

    private static String marked(AmountStyle amounts, BigDecimal balance) {
        return amounts.format(balance.abs()) + (balance.signum() < 0 ? " Dr" : " Cr");
    }
}
