package io.taxstream.corpus.holdout.gains;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Day;
import io.taxstream.corpus.holdout.kit.Pdfs;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A depository participant's realised gain/loss statement for a demat account (FIFO): one block
 * per ISIN headed by the ISIN and the company, each sold lot as a row of sell and buy details with
 * its gain in either a Short Term or a Long Term column, a subtotal per ISIN and grand totals.
 */
public final class DematLotsStatement implements Layout {

    private static final float X = 28;
    private static final List<String[]> DPS = List.of(new String[] {"Angel One Limited", "12033200"},
            new String[] {"Kotak Securities Limited", "IN302269"}, new String[] {"Sharekhan Limited", "IN300513"},
            new String[] {"Motilal Oswal Financial Services Ltd", "IN300126"},
            new String[] {"Axis Securities Limited", "12036000"}, new String[] {"SBICAP Securities Limited", "12044700"});

    @Override
    public String docType() {
        return "CAPITAL_GAINS";
    }

    @Override
    public String name() {
        return "h-gains-demat-lots";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        GainsYear d = GainsYears.random(rng, true, rng.between(3, 14), false);
        String[] dp = rng.pick(DPS);
        Ink ink = Ink.of(Family.HELVETICA, 7.5f);
        AmountStyle money = Amounts.bankStyle(rng);
        Day day = rng.pickOf(Day.SLASHED, Day.DASHED);
        Canvas c = new Canvas(new PDRectangle(842, 595));
        c.newPage();
        float w = c.width() - 2 * X;
        Chrome.pageNumbers(c, ink, dp[0] + " - Depository Participant (CDSL / NSDL)", true);
        String investor = d.investor().upper();
        String client = dp[1] + rng.digits(8);
        c.text(X, 36, dp[0], ink.bold().size(13));
        c.text(X, 48, "Depository Participant  |  DP ID: " + dp[1], ink);
        c.right(c.width() - X, 36, "Statement of Realised Gain / Loss (FIFO)", ink.bold().size(11));
        c.right(c.width() - X, 48, "For the period " + day.format(LocalDate.of(d.fyStart(), 4, 1)) + " to "
                + day.format(LocalDate.of(d.fyStart() + 1, 3, 31)) + "  (F.Y. " + FinancialYear.longSpan(d.fyStart())
                + ")", ink);
        c.line(X, 56, c.width() - X, 56, 1f);
        c.text(X, 70, "Account Holder: " + investor + "     PAN: " + d.investor().pan() + "     BO ID / Client ID: "
                + client, ink.bold());
        Truth t = GainsTruths.of(d, dp[0], investor, true, true, true);
        Table tb = new Table(c, X, List.of(Column.center("Sell Date", w * 0.08f), Column.right("Qty", w * 0.05f),
                Column.right("Sell Rate", w * 0.08f), Column.right("Sell Value", w * 0.11f), Column.center("Buy Date",
                w * 0.08f), Column.right("Buy Rate", w * 0.08f), Column.right("Buy Value", w * 0.11f),
                Column.right("Days Held", w * 0.07f), Column.right("Short Term\nGain / (Loss)", w * 0.17f),
                Column.right("Long Term\nGain / (Loss)", w * 0.17f)), ink, Table.Rules.HORIZONTAL);
        Flow f = new Flow(c, 40, 40);
        f.moveTo(84);
        Map<String, List<Sale>> byIsin = new LinkedHashMap<>();
        for (Sale s : d.sales()) {
            byIsin.computeIfAbsent(s.isin(), k -> new ArrayList<>()).add(s);
        }
        for (List<Sale> group : byIsin.values()) {
            f.ensure(60);
            c.shade(X, f.y(), w, 14, 0.9f);
            c.text(X + 4, f.y() + 10, "ISIN : " + group.get(0).isin() + "     " + group.get(0).security(), ink.bold());
            f.down(16);
            f.moveTo(tb.header(f.y()));
            BigDecimal st = Rupees.ZERO;
            BigDecimal lt = Rupees.ZERO;
            for (Sale s : group) {
                f.ensure(14);
                f.moveTo(tb.row(f.y(), day.format(s.sellDate()), s.quantityText(), money.format(s.sellPrice()),
                        money.format(s.sellValue()), day.format(s.buyDate()), money.format(s.buyPrice()),
                        money.format(s.buyValue()), String.valueOf(s.daysHeld()),
                        s.longTerm() ? "" : money.format(s.gain()), s.longTerm() ? money.format(s.gain()) : ""));
                GainsTruths.sale(t, s);
                if (s.longTerm()) {
                    lt = lt.add(s.gain());
                } else {
                    st = st.add(s.gain());
                }
            }
            tb.rule(f.y());
            f.moveTo(tb.row(f.y(), ink.bold(), "Sub Total", "", "", "", "", "", "", "", money.format(st),
                    money.format(lt)));
            f.down(8);
        }
        f.ensure(70);
        f.down(6);
        Table sum = new Table(c, X, List.of(Column.left("", 260), Column.right("", 120)), ink.bold().plus(1),
                Table.Rules.GRID);
        f.moveTo(sum.row(f.y(), "Total Sale Consideration", money.format(d.saleValue())));
        f.moveTo(sum.row(f.y(), "Total Short Term Capital Gain / (Loss)", money.format(d.gain(false))));
        f.moveTo(sum.row(f.y(), "Total Long Term Capital Gain / (Loss)", money.format(d.gain(true))));
        f.down(10);
        c.text(X, f.y() + 8, "Lots are matched first-in first-out on the demat account. Transaction charges, STT and "
                + "stamp duty are not included. Please consult your tax advisor.", ink);
        return List.of(Rendered.pdf(Pdfs.save(c, dp[0] + " Back Office", LocalDate.of(d.fyStart() + 1, 4, 20), rng),
                t.build()));
    }
}
