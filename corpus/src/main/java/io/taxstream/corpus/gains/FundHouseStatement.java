package io.taxstream.corpus.gains;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.DocStyle;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Letter;
import io.taxstream.corpus.pdf.PdfWriter;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import java.util.List;

/**
 * An asset management company's own capital gains statement, written as a letter to the unit
 * holder: a table of redemptions whose nature is spelled STCG/LTCG, then a summary of both totals.
 */
public final class FundHouseStatement implements Layout {

    private static final List<String> AMCS = List.of("HDFC Asset Management Company Limited",
            "SBI Funds Management Limited", "ICICI Prudential Asset Management Company Limited",
            "Nippon Life India Asset Management Limited", "Axis Asset Management Company Limited");

    @Override
    public String docType() {
        return "CAPITAL_GAINS";
    }

    @Override
    public String name() {
        return "gains-fund-house-letter";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        GainsData d = GainsFactory.random(rng, false, rng.between(2, 10), false);
        String amc = rng.pick(AMCS);
        DocStyle st = new DocStyle(Ink.of(rng.pickOf(Family.TIMES, Family.HELVETICA), 8.5f),
                AmountStyle.random(rng).withPrefix(rng.pickOf("", "₹ ")), DateStyle.randomCompact(rng), Table.Rules.GRID);
        Letter l = new Letter(Canvas.a4(), st.ink(), 40);
        l.letterhead(amc, List.of("Investment Manager to the Mutual Fund", "Registered Office: " + rng.pickOf(
                "Mumbai - 400020", "Mumbai - 400051", "Mumbai - 400013")));
        l.line("Dear " + d.investor().salutation() + " " + d.investor().fullName() + ",");
        l.line("PAN: " + d.investor().pan());
        l.title("Statement of Capital Gains for the Financial Year " + d.financialYear());
        l.paragraph("Please find below the details of redemptions/switches in your folio(s) during the financial year "
                + "and the resultant capital gains, computed on first-in-first-out basis.");
        float w = l.width();
        Table t = l.table(List.of(Column.left("Scheme / ISIN", w * 0.28f), Column.right("Units", w * 0.09f),
                Column.center("Purchase Date", w * 0.1f), Column.right("Cost", w * 0.12f),
                Column.center("Redeemed On", w * 0.1f), Column.right("Redemption\nProceeds", w * 0.12f),
                Column.right("Gain / Loss", w * 0.12f), Column.center("Nature", w * 0.07f)), st.rules());
        float y = t.header(l.y() + 6);
        for (Trade tr : d.trades()) {
            y = t.row(y, String.join("\n", io.taxstream.corpus.pdf.Chrome.wrap(l.canvas(), tr.security(), w * 0.28f - 6,
                    st.ink())) + "\n" + tr.isin(), tr.quantityText(), st.dates().format(tr.purchaseDate()),
                    amt(st, tr.purchaseValue()), st.dates().format(tr.saleDate()), amt(st, tr.saleValue()),
                    amt(st, tr.gain()), tr.longTerm() ? "LTCG" : "STCG");
        }
        l.moveTo(y + 4);
        l.boldLine("Short Term Capital Gain / (Loss) : " + amt(st, d.total(false)));
        l.boldLine("Long Term Capital Gain / (Loss)  : " + amt(st, d.total(true)));
        l.paragraph("Investors are advised to consult their tax advisor. Long term capital gains on equity oriented "
                + "schemes are taxable under section 112A in excess of the exemption limit.");
        l.signature("For " + amc, "", "Authorised Signatory");
        byte[] pdf = PdfWriter.save(l.canvas(), new PdfWriter.Meta("AMC Investor Services", java.time.LocalDate.of(
                d.fyStart() + 1, 5, rng.between(1, 28)), rng.nextLong()));
        return List.of(Rendered.pdf(pdf, GainsTruth.of(d, amc, d.investor().fullName(), false).build()));
    }

    private static String amt(DocStyle st, java.math.BigDecimal v) {
        return st.amounts().format(v);
    }
}
