package io.taxstream.corpus.gains;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
import io.taxstream.corpus.pdf.DocStyle;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.PdfWriter;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import java.util.List;

/**
 * A registrar's (CAMS-style) realised capital gain statement: one block per scheme with ISIN and
 * folio, redemption rows with the gain in a Short Term or a Long Term column, and grand totals.
 */
public final class CamsGainsStatement implements Layout {

    static final String ISSUER = "Computer Age Management Services Limited";

    @Override
    public String docType() {
        return "CAPITAL_GAINS";
    }

    @Override
    public String name() {
        return "gains-cams-registrar";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        GainsData d = GainsFactory.random(rng, false, rng.between(3, 14), false);
        DocStyle st = DocStyle.random(rng, 7.5f, 8.5f);
        Ink ink = st.ink();
        DateStyle dates = rng.pickOf(DateStyle.MONTH_ABBR, DateStyle.SLASHED);
        Canvas c = Canvas.a4();
        c.newPage();
        Chrome.pageNumbers(c, ink.plus(-1), "CAMS - Capital Gain/Loss Statement", true);
        float x = 30;
        float w = c.width() - 60;
        c.text(x, 40, ISSUER + " (CAMS)", ink.bold().size(13));
        c.text(x, 56, "Capital Gain/Loss Statement for the period " + dates.format(java.time.LocalDate.of(d.fyStart(), 4, 1))
                + " to " + dates.format(java.time.LocalDate.of(d.fyStart() + 1, 3, 31)) + "  (Financial Year "
                + d.financialYear() + ")", ink.bold());
        c.text(x, 72, "Investor Name: " + d.investor().upperName(), ink);
        c.text(x, 84, "PAN: " + d.investor().pan() + "    Mobile: XXXXXX" + d.investor().mobile().substring(6), ink);
        Flow flow = new Flow(c, 40, 40);
        flow.moveTo(96);
        Table t = new Table(c, x, List.of(Column.left("Redemption\nDate", w * 0.11f), Column.right("Units", w * 0.11f),
                Column.right("Redemption\nAmount", w * 0.14f), Column.left("Purchase\nDate", w * 0.11f),
                Column.right("Purchase\nAmount", w * 0.14f), Column.right("Short Term\nGain/(Loss)", w * 0.19f),
                Column.right("Long Term\nGain/(Loss)", w * 0.2f)), ink, st.rules());
        String current = null;
        for (Trade tr : d.trades()) {
            if (!tr.security().equals(current)) {
                current = tr.security();
                flow.ensure(60);
                flow.down(6);
                c.text(x, flow.y() + 9, current, ink.bold());
                c.text(x, flow.y() + 20, "ISIN: " + tr.isin() + "    Folio No: " + rng.number(8) + "/" + rng.digits(2), ink);
                flow.down(24);
                flow.moveTo(t.header(flow.y()));
            }
            String gain = st.amounts().format(tr.gain());
            String[] row = {dates.format(tr.saleDate()), tr.quantityText(), st.amounts().format(tr.saleValue()),
                dates.format(tr.purchaseDate()), st.amounts().format(tr.purchaseValue()), tr.longTerm() ? "" : gain,
                tr.longTerm() ? gain : ""};
            flow.ensure(t.height(row));
            flow.moveTo(t.row(flow.y(), row));
        }
        flow.ensure(60);
        flow.down(10);
        t.rule(flow.y());
        flow.moveTo(t.row(flow.y(), ink.bold(), "Grand Total", "", st.amounts().format(d.totalSale()), "",
                st.amounts().format(d.totalPurchase()), st.amounts().format(d.total(false)), st.amounts().format(d.total(true))));
        c.text(x, flow.y() + 14, "Total Short Term Capital Gain/(Loss): " + st.amounts().format(d.total(false))
                + "      Total Long Term Capital Gain/(Loss): " + st.amounts().format(d.total(true)), ink.bold());
        byte[] pdf = PdfWriter.save(c, new PdfWriter.Meta("CAMS Online", java.time.LocalDate.of(d.fyStart() + 1, 4,
                rng.between(2, 28)), rng.nextLong()));
        return List.of(Rendered.pdf(pdf, GainsTruth.of(d, ISSUER, d.investor().upperName(), true).build()));
    }
}
