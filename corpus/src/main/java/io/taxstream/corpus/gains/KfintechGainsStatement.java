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
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A KFintech-style realised gain/loss statement on a landscape page: one flat table with scheme
 * names wrapping in their column, a market value as on 31.01.2018 for grandfathered units, an
 * ST/LT column, and a summary box of STCG, LTCG and total redemption value.
 */
public final class KfintechGainsStatement implements Layout {

    static final String ISSUER = "KFin Technologies Limited";

    @Override
    public String docType() {
        return "CAPITAL_GAINS";
    }

    @Override
    public String name() {
        return "gains-kfintech-registrar";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        GainsData d = GainsFactory.random(rng, false, rng.between(3, 22), true);
        DocStyle st = DocStyle.random(rng, 7f, 8f);
        Ink ink = st.ink();
        DateStyle dates = rng.pickOf(DateStyle.DOTTED, DateStyle.DASHED, DateStyle.MONTH_ABBR_SPACED);
        Canvas c = new Canvas(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
        c.newPage();
        Chrome.pageNumbers(c, ink.plus(-1), ISSUER + " | Selenium Tower B, Gachibowli, Hyderabad - 500032", false);
        float x = 30;
        float w = c.width() - 60;
        c.center(c.width() / 2, 36, ISSUER, ink.bold().size(13));
        c.center(c.width() / 2, 50, "REALISED GAIN / LOSS STATEMENT - FY " + d.financialYear(), ink.bold().plus(1));
        c.text(x, 70, "Name of the Investor : " + d.investor().fullName(), ink);
        c.text(x, 82, "PAN : " + d.investor().pan(), ink);
        c.text(c.width() / 2, 70, "Email : " + d.investor().first().toLowerCase(java.util.Locale.ROOT) + "****@gmail.com", ink);
        Flow flow = new Flow(c, 36, 40);
        flow.moveTo(92);
        float schemeW = w * 0.2f;
        Table t = new Table(c, x, List.of(Column.left("Scheme Name", schemeW), Column.left("ISIN", w * 0.09f),
                Column.right("Units", w * 0.07f), Column.center("Purchase\nDate", w * 0.07f),
                Column.right("Purchase\nValue", w * 0.085f), Column.right("Mkt Value as on\n31.01.2018", w * 0.09f),
                Column.center("Redemption\nDate", w * 0.075f), Column.right("Redemption\nValue", w * 0.09f),
                Column.right("Gain / (Loss)", w * 0.09f), Column.center("ST/LT", w * 0.05f)), ink, st.rules());
        flow.moveTo(t.header(flow.y()));
        flow.onContinue((canvas, top) -> t.header(top));
        for (Trade tr : d.trades()) {
            String[] row = {String.join("\n", Chrome.wrap(c, tr.security(), schemeW - 6, ink)), tr.isin(),
                tr.quantityText(), dates.format(tr.purchaseDate()), st.amounts().format(tr.purchaseValue()),
                tr.fmv() == null ? "-" : st.amounts().format(tr.fmv()), dates.format(tr.saleDate()),
                st.amounts().format(tr.saleValue()), st.amounts().format(tr.gain()), tr.longTerm() ? "LT" : "ST"};
            flow.ensure(t.height(row));
            flow.moveTo(t.row(flow.y(), row));
        }
        flow.clearContinuation();
        flow.ensure(70);
        Table box = new Table(c, x, List.of(Column.left("Summary", 160), Column.right("Amount", 110)), ink, Table.Rules.GRID);
        float y = box.header(flow.y() + 12);
        y = box.row(y, "Short Term Capital Gain / (Loss)", st.amounts().format(d.total(false)));
        y = box.row(y, "Long Term Capital Gain / (Loss)", st.amounts().format(d.total(true)));
        box.row(y, "Total Redemption Value", st.amounts().format(d.totalSale()));
        byte[] pdf = PdfWriter.save(c, new PdfWriter.Meta("KFintech MFS", java.time.LocalDate.of(d.fyStart() + 1, 4,
                rng.between(2, 28)), rng.nextLong()));
        return List.of(Rendered.pdf(pdf, GainsTruth.of(d, ISSUER, d.investor().fullName(), true).build()));
    }
}
