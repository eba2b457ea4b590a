package io.taxstream.corpus.holdout2.gains;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.holdout2.kit.Cast2;
import io.taxstream.corpus.holdout2.kit.Draw;
import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.holdout2.kit.Save;
import io.taxstream.corpus.holdout2.kit.When;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.util.ArrayList;
import java.util.List;

/**
 * An investment app's "Realised Gains" report: summary tiles first, then one card per sale of
 * shares or equity fund units, the name in bold with its ISIN, and label-above-value cells (units,
 * bought on, sold on, holding, invested, redeemed for, gain / loss, tax category); grandfathered
 * sales show their 31 Jan 2018 value and the cost the gain is taken on. Amounts {@code ₹}, losses {@code -₹}.
 */
public final class GainCardsReport implements Layout {

    private static final float X = 40;
    private static final List<String> APPS = List.of("Arthvriddhi Investments Pvt. Ltd.", "Paisa Bazaar Broking Ltd.",
            "Kuber Securities & Wealth Pvt Ltd", "Sanchay Stock Broking LLP");

    @Override
    public String docType() {
        return "CAPITAL_GAINS";
    }

    @Override
    public String name() {
        return "h2-cg-wealth-app-cards";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        int fy = rng.between(2022, 2025);
        List<Lot> lots = new ArrayList<>(Lots.random(rng, fy, Lots.SHARES, rng.between(1, 5), false));
        lots.addAll(Lots.random(rng, fy, Lots.EQUITY_FUNDS, rng.between(1, 5), true));
        lots.sort(java.util.Comparator.comparing(Lot::sold));
        String app = rng.pick(APPS);
        Who investor = Cast2.folk(rng);
        Ink ink = Ink.of(Family.HELVETICA, 8.5f);
        Money money = Money.indian("₹", true);
        When when = rng.pickOf(When.D_MMM_YY, When.DD_MMM_YYYY, When.LONG);
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * X;
        c.text(X, 44, app, ink.bold().size(13));
        c.text(X, 58, "Realised Gains Report  |  FY " + FinancialYear.span(fy), ink.size(11));
        c.right(c.width() - X, 44, investor.natural(), ink.bold());
        c.right(c.width() - X, 56, "PAN " + investor.pan(), ink);
        c.right(c.width() - X, 68, "Generated " + when.of(FinancialYear.last(fy).plusDays(rng.between(3, 100))), ink.plus(-1));
        Truth t = LotFacts.header(app, investor.natural(), investor.pan(), fy);
        String[][] tiles = {{"Short-term gains", money.of(Lots.total(lots, false))},
            {"Long-term gains", money.of(Lots.total(lots, true))}, {"Total redemption value", money.of(Lots.sales(lots))},
            {"Sales", String.valueOf(lots.size())}};
        float tw = w / 4;
        for (int i = 0; i < 4; i++) {
            c.shade(X + i * tw + 3, 82, tw - 6, 40, 0.92f);
            c.text(X + i * tw + 10, 97, tiles[i][0], ink.plus(-0.5f));
            c.text(X + i * tw + 10, 113, tiles[i][1], ink.bold().size(11));
        }
        t.amount("stcg_total", Lots.total(lots, false));
        t.amount("ltcg_total", Lots.total(lots, true));
        t.amount("total_sale_value", Lots.sales(lots));
        Flow f = new Flow(c, 44, 40);
        f.moveTo(140);
        for (Lot l : lots) {
            List<String[]> cells = new ArrayList<>();
            cells.add(new String[] {l.equity() && l.quantity().scale() == 0 ? "Shares sold" : "Units sold",
                l.quantityText()});
            cells.add(new String[] {"Bought on", when.of(l.bought())});
            cells.add(new String[] {"Sold on", when.of(l.sold())});
            cells.add(new String[] {"Holding", holding(l) + (l.longTerm() ? " - Long term" : " - Short term")});
            cells.add(new String[] {"Invested", money.of(l.buyValue())});
            cells.add(new String[] {"Redeemed for", money.of(l.sellValue())});
            cells.add(new String[] {"Gain / Loss", money.of(l.gain())});
            cells.add(new String[] {"Tax category", l.longTerm() ? "LTCG u/s 112A" : "STCG u/s 111A"});
            if (l.fmvPrice() != null) {
                cells.add(new String[] {"Value on 31 Jan 2018", money.of(l.fmvValue())});
                cells.add(new String[] {"Cost for tax (grandfathered)", money.of(l.cost())});
            }
            float h = 34 + (cells.size() + 3) / 4 * 34f;
            f.ensure(h + 10);
            float top = f.y();
            c.box(X, top, w, h);
            c.text(X + 8, top + 15, l.security(), ink.bold().plus(1));
            c.text(X + 8, top + 27, "ISIN " + l.isin(), ink.plus(-1));
            float end = Draw.cells(c, X + 4, top + 32, w - 8, 4, cells, ink, false);
            LotFacts.lot(t, l, l.security());
            f.moveTo(Math.max(end, top + h) + 10);
        }
        c.onEveryPage((cv, n, total) -> cv.center(cv.width() / 2, cv.height() - 20, app + " is a SEBI registered stock "
                + "broker. This report is for information; verify with your AIS.  " + n + "/" + total, ink.plus(-1.5f)));
        return List.of(Rendered.pdf(Save.pdf(c, app + " Reports", FinancialYear.last(fy).plusDays(30), rng), t.build()));
    }

    private static String holding(Lot l) {
        java.time.Period p = java.time.Period.between(l.bought(), l.sold());
        int years = p.getYears();
        int months = p.getMonths();
        if (years == 0 && months == 0) {
            return p.getDays() + " days";
        }
        return (years > 0 ? years + " yr " : "") + months + " mo";
    }
}
