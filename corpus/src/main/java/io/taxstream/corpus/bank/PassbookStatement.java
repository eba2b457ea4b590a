package io.taxstream.corpus.bank;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.data.Ids;
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
import java.util.List;

/**
 * A co-operative bank's passbook printout in Courier: a B/F row, "Page Total" rows at each page
 * end, a closing C/F row, masked account number and {@code dd/mm/yyyy} dates; no drawn rules.
 */
public final class PassbookStatement implements Layout {

    @Override
    public String docType() {
        return "BANK_STATEMENT";
    }

    @Override
    public String name() {
        return "bank-passbook-mono";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        StatementData raw = StatementFactory.random(rng, rng.between(40, 120), false);
        // a passbook's cheque column shows cheque numbers only
        StatementData d = new StatementData(raw.branch(), raw.holder(), raw.account(), raw.accountType(),
                raw.customerId(), raw.from(), raw.to(), raw.opening(), raw.txns().stream().map(x -> x.reference()
                        .length() == 6 ? x : new Txn(x.date(), x.valueDate(), x.description(), "", x.debit(), x.credit(),
                        x.balance())).toList(), raw.odLimit());
        Ink ink = Ink.of(Family.COURIER, 7.5f);
        AmountStyle amounts = AmountStyle.PLAIN;
        DateStyle dates = DateStyle.SLASHED;
        String account = Ids.mask(d.account());
        String holder = d.holder().upperName();
        String bankName = rng.pickOf("The Saraswat Co-operative Bank Ltd", "Cosmos Co-operative Bank Ltd",
                "Janata Sahakari Bank Ltd", "The Kalupur Commercial Co-op Bank Ltd", "TJSB Sahakari Bank Ltd");
        Canvas c = Canvas.a4();
        c.newPage();
        StatementData shown = new StatementData(new io.taxstream.corpus.data.Bank.Branch(
                new io.taxstream.corpus.data.Bank(bankName, d.branch().bank().ifscCode(), 14), d.branch().name(),
                d.branch().address(), d.branch().ifsc(), d.branch().micr()), d.holder(), d.account(), d.accountType(),
                d.customerId(), d.from(), d.to(), d.opening(), d.txns(), d.odLimit());
        StatementParts.everyPage(c, shown, ink, rng, account);
        float w = c.width() - 2 * StatementParts.X;
        c.text(StatementParts.X, 44, bankName.toUpperCase(java.util.Locale.ROOT), ink.bold().size(11));
        c.text(StatementParts.X, 58, "BRANCH : " + d.branch().name().toUpperCase(java.util.Locale.ROOT), ink);
        c.text(StatementParts.X, 70, "NAME   : " + holder, ink);
        c.text(StatementParts.X, 82, "A/C NO : " + account + "    TYPE : SB", ink);
        c.text(StatementParts.X, 94, "FROM   : " + dates.format(d.from()) + "  TO : " + dates.format(d.to()), ink);
        c.dashedLine(StatementParts.X, c.width() - StatementParts.X, 102);
        Flow flow = new Flow(c, 40, 40);
        flow.moveTo(106);
        Table t = new Table(c, StatementParts.X, List.of(Column.left("DATE", w * 0.12f), Column.left("PARTICULARS", w * 0.4f),
                Column.left("CHQ.NO", w * 0.09f), Column.right("WITHDRAWALS", w * 0.13f), Column.right("DEPOSITS", w * 0.13f),
                Column.right("BALANCE", w * 0.13f)), ink, Table.Rules.HORIZONTAL);
        TxnTable table = new TxnTable(flow, t, 1, w * 0.4f - 6, ink);
        table.draw(List.<String[]>of(new String[] {dates.format(d.from()), "B/F", "", "", "", amounts.format(d.opening())}),
                d.txns(), x -> new String[] {dates.format(x.date()), "", x.reference(),
                    x.isDebit() ? amounts.format(x.debit()) : "", x.isDebit() ? "" : amounts.format(x.credit()),
                    amounts.format(x.balance())},
                (dr, cr) -> new String[] {"", "PAGE TOTAL", "", amounts.format(dr), amounts.format(cr), ""},
                List.<String[]>of(new String[] {dates.format(d.to()), "C/F", "", "", "", amounts.format(d.closing())}));
        Truth truth = StatementTruth.header(shown, holder, account, false);
        d.txns().forEach(x -> StatementTruth.item(truth, x, table.wrap(x.description()), true));
        return List.of(Rendered.pdf(StatementParts.save(c, d, rng, "Finacle Passbook Printer"), truth.build()));
    }
}
