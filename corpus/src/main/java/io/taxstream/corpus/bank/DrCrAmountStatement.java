package io.taxstream.corpus.bank;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.data.Ids;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.DocStyle;
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
 * A public-sector bank statement: account facts as a key-value list, one Amount column with a
 * Dr/Cr marker, the opening balance only as the first row and the closing balance as the last.
 */
public final class DrCrAmountStatement implements Layout {

    @Override
    public String docType() {
        return "BANK_STATEMENT";
    }

    @Override
    public String name() {
        return "bank-drcr-amount";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        StatementData d = StatementFactory.random(rng, rng.between(15, 90), false);
        DocStyle st = DocStyle.random(rng, 7.5f, 8.5f);
        AmountStyle amounts = st.amounts();
        DateStyle dates = rng.pickOf(DateStyle.MONTH_ABBR_SPACED, DateStyle.MONTH_ABBR, DateStyle.DASHED);
        Ink ink = st.ink();
        String account = rng.chance(0.3) ? Ids.mask(d.account()) : d.account();
        String holder = d.holder().salutation() + " " + d.holder().fullName().toUpperCase(java.util.Locale.ROOT);
        boolean ifsc = rng.chance(0.8);
        Canvas c = Canvas.a4();
        c.newPage();
        StatementParts.everyPage(c, d, ink, rng, account);
        float w = c.width() - 2 * StatementParts.X;
        c.text(StatementParts.X, 42, d.branch().bank().name().toUpperCase(java.util.Locale.ROOT), ink.bold().size(14));
        List<String[]> facts = new java.util.ArrayList<>(List.of(new String[] {"Account Name", holder},
                new String[] {"Address", d.holder().address().oneLine()},
                new String[] {"Date", dates.format(d.to().plusDays(1))}, new String[] {"Account Number", account},
                new String[] {"Account Description", d.accountType()}, new String[] {"Branch", d.branch().name()},
                new String[] {"CIF No.", d.customerId()}));
        if (ifsc) {
            facts.add(new String[] {"IFS Code", d.branch().ifsc()});
        }
        facts.add(new String[] {"MICR Code", d.branch().micr()});
        facts.add(new String[] {"Nomination Registered", rng.pickOf("Yes", "No")});
        float y = KeyValueGrid.draw(c, StatementParts.X, 50, w, 1, facts, ink, ": ", false);
        c.text(StatementParts.X, y + 14, "Account Statement from " + dates.format(d.from()) + " to " + dates.format(d.to()),
                ink.bold().plus(1));
        Flow flow = new Flow(c, 40, 40);
        flow.moveTo(y + 24);
        Table t = new Table(c, StatementParts.X, List.of(Column.left("Txn Date", w * 0.12f),
                Column.left("Description", w * 0.40f), Column.left("Ref No./Cheque\nNo.", w * 0.15f),
                Column.right("Amount", w * 0.12f), Column.center("Dr/Cr", w * 0.07f), Column.right("Balance", w * 0.14f)),
                ink, st.rules());
        TxnTable table = new TxnTable(flow, t, 1, w * 0.40f - 6, ink);
        String openLabel = rng.pickOf("Opening Balance", "B/F", "BALANCE B/F");
        table.draw(List.<String[]>of(new String[] {dates.format(d.from()), openLabel, "", "", "", amounts.format(d.opening())}),
                d.txns(), x -> new String[] {dates.format(x.date()), "", x.reference(), amounts.format(x.amount()),
                    x.isDebit() ? "DR" : "CR", amounts.format(x.balance())}, null,
                List.<String[]>of(new String[] {dates.format(d.to()), "Closing Balance", "", "", "",
                    amounts.format(d.closing())}));
        Truth truth = StatementTruth.header(d, d.holder().upperName(), account, ifsc);
        d.txns().forEach(x -> StatementTruth.item(truth, x, table.wrap(x.description()), true));
        return List.of(Rendered.pdf(StatementParts.save(c, d, rng, "Finacle"), truth.build()));
    }
}
