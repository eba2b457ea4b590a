package io.taxstream.corpus.bank;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.data.Ids;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.KeyValueGrid;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.util.List;

/**
 * A private-bank statement: separate Withdrawal and Deposit columns, cheque/reference and value
 * date columns, {@code dd/mm/yy} dates, wrapped narrations, and a statement summary box at the end.
 * With a large transaction count it is the multi-page benchmark statement.
 */
public final class SplitColumnsStatement implements Layout {

    private final int minTxns;
    private final int maxTxns;

    public SplitColumnsStatement() {
        this(30, 140);
    }

    /** A statement with a transaction count in the given range. */
    public SplitColumnsStatement(int minTxns, int maxTxns) {
        this.minTxns = minTxns;
        this.maxTxns = maxTxns;
    }

    @Override
    public String docType() {
        return "BANK_STATEMENT";
    }

    @Override
    public String name() {
        return minTxns >= 400 ? "bank-split-columns-large" : "bank-split-columns";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        StatementData d = StatementFactory.random(rng, rng.between(minTxns, maxTxns), false);
        boolean large = minTxns >= 400;
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.TIMES), large ? 8.5f : 7.5f);
        AmountStyle amounts = rng.chance(0.7) ? AmountStyle.INTERNATIONAL : AmountStyle.INDIAN;
        DateStyle dates = DateStyle.SHORT_YEAR;
        boolean masked = rng.chance(0.5);
        String account = masked ? Ids.mask(d.account()) : d.account();
        String holder = d.holder().salutation().toUpperCase(java.util.Locale.ROOT) + " " + d.holder().upperName();
        Canvas c = Canvas.a4();
        c.newPage();
        StatementParts.everyPage(c, d, ink, rng, account);
        float w = c.width() - 2 * StatementParts.X;
        c.text(StatementParts.X, 40, d.branch().bank().name(), ink.bold().size(15));
        c.text(StatementParts.X, 62, holder, ink.bold());
        float y = 66;
        for (String line : d.holder().address().lines()) {
            y += 10;
            c.text(StatementParts.X, y, line, ink);
        }
        List<String[]> right = List.of(new String[] {"Account Branch", d.branch().name()},
                new String[] {"Account No", account}, new String[] {"A/C Type", d.accountType()},
                new String[] {"Cust ID", d.customerId()}, new String[] {"IFSC", d.branch().ifsc()},
                new String[] {"MICR", d.branch().micr()});
        KeyValueGrid.draw(c, c.width() / 2 + 20, 48, w / 2 - 20, 1, right, ink, ": ", false);
        c.center(c.width() / 2, 150, "Statement of account from : " + DateStyle.SLASHED.format(d.from()) + " To : "
                + DateStyle.SLASHED.format(d.to()), ink.bold().plus(1));
        Flow flow = new Flow(c, 40, 40);
        flow.moveTo(160);
        // some banks print deposits before withdrawals, and each names the columns its own way
        String[] names = rng.pickOf(new String[] {"Withdrawal Amt.", "Deposit Amt."},
                new String[] {"Withdrawal (Dr)", "Deposit (Cr)"}, new String[] {"Debit", "Credit"},
                new String[] {"Withdrawals (INR)", "Deposits (INR)"});
        boolean creditFirst = rng.chance(0.3);
        String first = creditFirst ? names[1] : names[0];
        String second = creditFirst ? names[0] : names[1];
        Table t = new Table(c, StatementParts.X, List.of(Column.left("Date", w * 0.08f), Column.left("Narration", w * 0.37f),
                Column.left("Chq./Ref.No.", w * 0.13f), Column.left("Value Dt", w * 0.08f),
                Column.right(first, w * 0.11f), Column.right(second, w * 0.11f),
                Column.right("Closing Balance", w * 0.12f)), ink, rng.chance(0.5) ? Table.Rules.HORIZONTAL : Table.Rules.NONE,
                large ? 11f : 3f);
        TxnTable table = new TxnTable(flow, t, 1, w * 0.37f - 6, ink);
        // salutations are not part of a name's truth
        Truth truth = StatementTruth.header(d, d.holder().upperName(), account, true);
        table.draw(List.of(), d.txns(), x -> new String[] {dates.format(x.date()), "", x.reference(), dates.format(x.valueDate()),
            creditFirst == x.isDebit() ? "" : amounts.format(x.amount()),
            creditFirst == x.isDebit() ? amounts.format(x.amount()) : "",
            amounts.format(x.balance())}, null, List.of());
        d.txns().forEach(x -> StatementTruth.item(truth, x, table.wrap(x.description()), true));
        summary(flow, d, ink, amounts, w);
        StatementTruth.totals(truth, d, false);
        return List.of(Rendered.pdf(StatementParts.save(c, d, rng, "Oracle FLEXCUBE"), truth.build()));
    }

    private static void summary(Flow flow, StatementData d, Ink ink, AmountStyle amounts, float w) {
        flow.ensure(50);
        flow.down(10);
        Canvas c = flow.canvas();
        c.text(StatementParts.X, flow.y() + 8, "STATEMENT SUMMARY :-", ink.bold());
        flow.down(12);
        Table s = new Table(c, StatementParts.X, List.of(Column.right("Opening Balance", w / 6),
                Column.right("Dr Count", w / 6), Column.right("Cr Count", w / 6), Column.right("Debits", w / 6),
                Column.right("Credits", w / 6), Column.right("Closing Bal", w / 6)), ink, Table.Rules.GRID);
        flow.moveTo(s.header(flow.y()));
        flow.moveTo(s.row(flow.y(), amounts.format(d.opening()), String.valueOf(d.debitCount()),
                String.valueOf(d.creditCount()), amounts.format(d.totalDebits()), amounts.format(d.totalCredits()),
                amounts.format(d.closing())));
    }
}
