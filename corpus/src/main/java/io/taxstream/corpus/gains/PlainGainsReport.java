package io.taxstream.corpus.gains;

import io.taxstream.corpus.Layouts;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.MonoSheet;
import io.taxstream.corpus.pdf.PdfWriter;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import java.util.List;
import java.util.Locale;

/**
 * A back-office "realised gain report" dumped as fixed-width text: one line per trade, a term
 * code column, and STCG/LTCG totals at the foot. As a Courier PDF, or as the .txt itself.
 */
public final class PlainGainsReport implements Layouts.MaybePlainText {

    private static final int[] COLS = {-6, 30, 13, -10, 12, 12, -13, -13, -12, 4};
    private final boolean plainText;

    public PlainGainsReport(boolean plainText) {
        this.plainText = plainText;
    }

    private static String cut(String security) {
        return security.length() <= 29 ? security : security.substring(0, 29).trim();
    }

    @Override
    public boolean plainText() {
        return plainText;
    }

    @Override
    public String docType() {
        return "CAPITAL_GAINS";
    }

    @Override
    public String name() {
        return plainText ? "gains-plain-report-text" : "gains-plain-report";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        GainsData full = GainsFactory.random(rng, rng.chance(0.5), rng.between(3, 30), true);
        // the fixed-width column cuts long scheme names, and the truth is what is printed
        GainsData d = new GainsData(full.investor(), full.fyStart(), full.trades().stream().map(t -> new Trade(
                cut(t.security()), t.isin(), t.quantity(), t.purchaseDate(), t.saleDate(), t.purchaseValue(),
                t.saleValue(), t.fmv(), t.gain(), t.longTerm())).toList());
        String issuer = rng.pickOf("Sharekhan Limited", "Geojit Financial Services Limited", "IIFL Securities Limited",
                "Nuvama Wealth Management Limited");
        AmountStyle amounts = AmountStyle.PLAIN;
        DateStyle dates = DateStyle.SLASHED;
        MonoSheet s = new MonoSheet(125);
        s.line(issuer.toUpperCase(Locale.ROOT)).line("REALISED GAIN REPORT  FY " + d.financialYear())
                .line("CLIENT : " + d.investor().upperName() + "   PAN : " + d.investor().pan()).rule('-');
        s.cols(COLS, "SR", " SECURITY", "ISIN", "QTY", "  BUY DATE", "  SELL DATE", "BUY VALUE", "SELL VALUE", "GAIN", " T")
                .rule('-');
        int i = 1;
        for (Trade t : d.trades()) {
            s.cols(COLS, String.valueOf(i++), " " + t.security(), t.isin(), t.quantityText(), "  " + dates.format(t.purchaseDate()),
                    "  " + dates.format(t.saleDate()), amounts.format(t.purchaseValue()), amounts.format(t.saleValue()),
                    amounts.format(t.gain()), " " + (t.longTerm() ? "L" : "S"));
        }
        s.rule('-').line("TOTAL SHORT TERM GAIN : " + amounts.format(d.total(false)))
                .line("TOTAL LONG TERM GAIN  : " + amounts.format(d.total(true)))
                .line("TOTAL SALE VALUE      : " + amounts.format(d.totalSale())).rule('-')
                .line("T: S = SHORT TERM, L = LONG TERM. GAINS ON PRE-2018 HOLDINGS ARE GRANDFATHERED (SEC 112A).");
        var truth = GainsTruth.of(d, issuer, d.investor().upperName(), true).build();
        if (plainText) {
            return List.of(Rendered.text(s.text(), truth));
        }
        Canvas c = new Canvas(new org.apache.pdfbox.pdmodel.common.PDRectangle(842, 595));
        s.draw(c, 7.5f, 50);
        return List.of(Rendered.pdf(PdfWriter.save(c, new PdfWriter.Meta("BackOffice 7.2", java.time.LocalDate.of(
                d.fyStart() + 1, 4, 15), rng.nextLong())), truth));
    }
}
