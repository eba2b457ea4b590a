package io.taxstream.corpus.holdout.gains;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Day;
import io.taxstream.corpus.holdout.kit.Pdfs;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.time.LocalDate;
import java.util.List;

/**
 * A fund platform's realised gains report: a summary box first (STCG, LTCG, total redemption
 * value), then one two-line entry per redemption: the scheme, ISIN and folio on the first line;
 * units, purchase and redemption dates, NAVs and amounts, and the gain under STCG or LTCG on the
 * second. Grandfathered lots print their 31-Jan-2018 NAV.
 */
public final class FundSummaryFirstStatement implements Layout {

    private static final float X = 36;
    private static final List<String> ISSUERS = List.of("KFin Technologies Limited", "MF Utilities India Pvt. Ltd.",
            "Kuvera (Arevuk Advisory Services Pvt Ltd)", "Zerodha Coin", "Scripbox.com India Pvt Ltd");

    @Override
    public String docType() {
        return "CAPITAL_GAINS";
    }

    @Override
    public String name() {
        return "h-gains-fund-summary-first";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        GainsYear d = GainsYears.random(rng, false, rng.between(2, 9), true);
        String issuer = rng.pick(ISSUERS);
        Ink ink = Ink.of(Family.HELVETICA, 8f);
        AmountStyle money = Amounts.style(rng).withPrefix(rng.pickOf("", "₹"));
        Day day = rng.pickOf(Day.MON_SHORT_YEAR, Day.SPACED, Day.ISO, Day.DASHED);
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * X;
        Chrome.pageNumbers(c, ink.plus(-1), issuer, true);
        String investor = d.investor().natural();
        c.text(X, 44, issuer, ink.bold().size(13));
        c.text(X, 60, "Realised Capital Gains Report", ink.bold().size(11));
        c.text(X, 73, "Financial Year " + FinancialYear.longSpan(d.fyStart()) + "  (" + day.format(LocalDate.of(d.fyStart(), 4, 1))
                + " - " + day.format(LocalDate.of(d.fyStart() + 1, 3, 31)) + ")", ink);
        c.text(X, 92, "Investor: " + investor, ink.bold().plus(1));
        c.text(X, 104, "PAN: " + d.investor().pan() + "    Email: " + d.investor().given().toLowerCase(java.util.Locale.ROOT)
                + rng.digits(2) + "@mail.in", ink);
        Truth t = GainsTruths.of(d, issuer, investor, true, true, true);
        float bx = X;
        float by = 116;
        float bw = w / 3;
        String[][] box = {{"Short Term Capital Gain (STCG)", money.format(d.gain(false))},
            {"Long Term Capital Gain (LTCG)", money.format(d.gain(true))},
            {"Total Redemption Value", money.format(d.saleValue())}};
        for (int i = 0; i < 3; i++) {
            c.shade(bx + i * bw + 2, by, bw - 4, 40, 0.92f);
            c.text(bx + i * bw + 10, by + 14, box[i][0], ink);
            c.text(bx + i * bw + 10, by + 32, box[i][1], ink.bold().size(13));
        }
        Flow f = new Flow(c, 40, 44);
        f.moveTo(by + 56);
        c.text(X, f.y(), "Redemptions (equity oriented schemes, FIFO)", ink.bold().plus(1));
        f.down(8);
        float[] cols = {X, X + w * 0.09f, X + w * 0.19f, X + w * 0.28f, X + w * 0.4f, X + w * 0.52f, X + w * 0.62f,
            X + w * 0.74f, X + w * 0.87f, X + w};
        String[] heads = {"Units", "Purchase\nDate", "Purchase\nNAV", "Purchase\nAmount", "Redemption\nDate",
            "Redemption\nNAV", "Redemption\nAmount", "STCG", "LTCG"};
        header(c, f.y(), cols, heads, ink);
        f.down(24);
        f.onContinue((cv, top) -> {
            header(cv, top, cols, heads, ink);
            return top + 24;
        });
        String folio = rng.number(7) + "/" + rng.digits(2);
        for (Sale s : d.sales()) {
            f.ensure(s.fmv() != null ? 40 : 30);
            c.text(X, f.y() + 9, s.security() + "   |   ISIN: " + s.isin() + "   |   Folio: " + folio, ink.bold());
            float y2 = f.y() + 21;
            String[] v = {s.quantityText(), day.format(s.buyDate()), s.buyPrice().toPlainString(), money.format(s.buyValue()),
                day.format(s.sellDate()), s.sellPrice().toPlainString(), money.format(s.sellValue()),
                s.longTerm() ? "-" : money.format(s.gain()), s.longTerm() ? money.format(s.gain()) : "-"};
            for (int i = 0; i < v.length; i++) {
                c.right(cols[i + 1] - 3, y2, v[i], ink);
            }
            f.down(25);
            if (s.fmv() != null) {
                c.text(X + 10, f.y() + 6, "Grandfathered: NAV as on 31-Jan-2018 "
                        + s.fmv().divide(s.quantity(), 4, java.math.RoundingMode.HALF_UP).toPlainString()
                        + ", value " + money.format(s.fmv()) + "; cost of acquisition taken as "
                        + money.format(s.sellValue().subtract(s.gain())), ink.plus(-1));
                f.down(12);
            }
            c.dashedLine(X, X + w, f.y());
            f.down(4);
            GainsTruths.sale(t, s);
        }
        f.clearContinuation();
        f.ensure(40);
        f.down(10);
        Chrome.paragraph(c, X, f.y(), w, "Gains are computed scheme-wise on first-in first-out basis. Exit load and "
                + "STT are not deducted from the redemption amount shown. This report is for information and is "
                + "not a tax certificate.", ink.plus(-1));
        return List.of(Rendered.pdf(Pdfs.save(c, issuer, LocalDate.of(d.fyStart() + 1, 4, 15), rng), t.build()));
    }

    private static void header(Canvas c, float y, float[] cols, String[] heads, Ink ink) {
        c.shade(cols[0], y, cols[cols.length - 1] - cols[0], 22, 0.9f);
        for (int i = 0; i < heads.length; i++) {
            String[] lines = heads[i].split("\n");
            for (int l = 0; l < lines.length; l++) {
                c.right(cols[i + 1] - 3, y + 9 + l * 9, lines[l], ink.bold().plus(-0.5f));
            }
        }
    }
}
