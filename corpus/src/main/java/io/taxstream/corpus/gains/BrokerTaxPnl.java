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
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A stock broker's tax P&amp;L: separate short-term and long-term sections, each with a total;
 * the long-term one has an "FMV as on 31-Jan-2018" column, and for grandfathered holdings the
 * printed taxable profit differs from sale minus purchase.
 */
public final class BrokerTaxPnl implements Layout {

    private static final List<String> BROKERS = List.of("Zerodha Broking Limited", "ICICI Securities Limited",
            "HDFC Securities Limited", "Angel One Limited", "Kotak Securities Limited", "Motilal Oswal Financial Services Limited");

    @Override
    public String docType() {
        return "CAPITAL_GAINS";
    }

    @Override
    public String name() {
        return "gains-broker-tax-pnl";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        GainsData d = GainsFactory.random(rng, true, rng.between(4, 24), true);
        String broker = rng.pick(BROKERS);
        DocStyle st = DocStyle.random(rng, 7.5f, 8.5f);
        Ink ink = st.ink();
        DateStyle dates = rng.pickOf(DateStyle.DASHED, DateStyle.MONTH_ABBR, DateStyle.SLASHED);
        Canvas c = new Canvas(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
        c.newPage();
        Chrome.pageNumbers(c, ink.plus(-1), broker + " - Member NSE & BSE - SEBI Registration No. INZ000" + rng.digits(6), true);
        float x = 30;
        c.text(x, 38, broker, ink.bold().size(14));
        c.text(x, 54, "Tax P&L Statement from " + dates.format(java.time.LocalDate.of(d.fyStart(), 4, 1)) + " to "
                + dates.format(java.time.LocalDate.of(d.fyStart() + 1, 3, 31)) + "   (Financial Year " + d.financialYear()
                + ")", ink.bold());
        c.text(x, 68, "Client ID: " + rng.letters(2) + rng.digits(4) + "    Client Name: " + d.investor().upperName()
                + "    PAN: " + d.investor().pan(), ink);
        Flow flow = new Flow(c, 36, 40);
        flow.moveTo(80);
        section(flow, st, dates, d, false, "Equity - Short Term Capital Gains (STT paid)");
        section(flow, st, dates, d, true, "Equity - Long Term Capital Gains (STT paid, section 112A)");
        flow.ensure(30);
        c.text(x, flow.y() + 14, "Note: Long term gains on shares bought before 01-Feb-2018 are computed with the cost "
                + "of acquisition grandfathered under section 112A (higher of cost and lower of FMV and sale value).", ink.plus(-1));
        byte[] pdf = PdfWriter.save(c, new PdfWriter.Meta("Console Reports", java.time.LocalDate.of(d.fyStart() + 1, 4,
                rng.between(2, 28)), rng.nextLong()));
        return List.of(Rendered.pdf(pdf, GainsTruth.of(d, broker, d.investor().upperName(), false).build()));
    }

    private static void section(Flow flow, DocStyle st, DateStyle dates, GainsData d, boolean longTerm, String title) {
        Canvas c = flow.canvas();
        Ink ink = st.ink();
        float w = c.width() - 60;
        flow.ensure(60);
        flow.down(8);
        c.text(30, flow.y() + 10, title, ink.bold().plus(1));
        flow.down(14);
        Table t = new Table(c, 30, List.of(Column.left("Symbol / Scrip", w * 0.2f), Column.left("ISIN", w * 0.1f),
                Column.right("Quantity", w * 0.07f), Column.center("Buy Date", w * 0.08f), Column.right("Buy Value", w * 0.1f),
                Column.center("Sell Date", w * 0.08f), Column.right("Sell Value", w * 0.1f),
                Column.right(longTerm ? "FMV as on\n31-Jan-2018" : "", w * 0.1f),
                Column.right("Taxable Profit", w * 0.1f), Column.right("Days Held", w * 0.07f)), ink, st.rules());
        flow.moveTo(t.header(flow.y()));
        flow.onContinue((canvas, top) -> t.header(top));
        BigDecimal sale = BigDecimal.ZERO;
        for (Trade tr : d.trades()) {
            if (tr.longTerm() != longTerm) {
                continue;
            }
            String[] row = {tr.security(), tr.isin(), tr.quantityText(), dates.format(tr.purchaseDate()),
                st.amounts().format(tr.purchaseValue()), dates.format(tr.saleDate()), st.amounts().format(tr.saleValue()),
                tr.fmv() == null ? "" : st.amounts().format(tr.fmv()), st.amounts().format(tr.gain()),
                String.valueOf(tr.saleDate().toEpochDay() - tr.purchaseDate().toEpochDay())};
            flow.ensure(t.height(row));
            flow.moveTo(t.row(flow.y(), row));
            sale = sale.add(tr.saleValue());
        }
        flow.clearContinuation();
        t.rule(flow.y());
        flow.moveTo(t.row(flow.y(), ink.bold(), longTerm ? "Total Long Term" : "Total Short Term", "", "", "", "", "",
                st.amounts().format(sale), "", st.amounts().format(d.total(longTerm)), ""));
    }
}
