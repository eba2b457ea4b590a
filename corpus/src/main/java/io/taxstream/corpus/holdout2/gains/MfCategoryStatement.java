package io.taxstream.corpus.holdout2.gains;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.holdout2.kit.Cast2;
import io.taxstream.corpus.holdout2.kit.Draw;
import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.holdout2.kit.Save;
import io.taxstream.corpus.holdout2.kit.When;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A consolidated mutual fund capital gains statement in two sections, equity-oriented schemes
 * and debt schemes (long term only after 36 months, never for units bought from April 2023): a
 * scheme line with folio and ISIN, redemption-first columns, the gain in a Short Term or a Long
 * Term column, holding days, grandfathered NAV of 31/01/2018 for equity, scheme and section
 * subtotals, and a summary table by category at the end.
 */
public final class MfCategoryStatement implements Layout {

    private static final float X = 30;

    @Override
    public String docType() {
        return "CAPITAL_GAINS";
    }

    @Override
    public String name() {
        return "h2-cg-mf-equity-debt";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        int fy = rng.between(2021, 2025);
        List<Lot> equity = Lots.random(rng, fy, Lots.EQUITY_FUNDS, rng.between(2, 9), true);
        List<Lot> debt = Lots.random(rng, fy, Lots.DEBT_FUNDS, rng.between(0, 5), true);
        Who investor = Cast2.folk(rng);
        String issuer = "MFCentral";
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.TIMES), 7f);
        Money money = Money.any(rng, "").decimals(true).negatives(rng.pickOf(Money.Neg.MINUS, Money.Neg.PARENS));
        When when = rng.pickOf(When.D_M_DASHED, When.DOTTED, When.DD_MMM_YYYY);
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * X;
        c.text(X, 40, "MFCentral", ink.bold().size(16));
        c.text(X, 52, "A CAMS and KFintech initiative", ink.plus(-0.5f));
        c.right(c.width() - X, 38, "Consolidated Capital Gains Statement", ink.bold().size(11));
        c.right(c.width() - X, 50, "Financial Year " + FinancialYear.span(fy) + "  |  " + when.of(FinancialYear.first(fy)) + " to "
                + when.of(FinancialYear.last(fy)), ink);
        c.line(X, 58, c.width() - X, 58, 1f);
        String name = rng.chance(0.5) ? investor.natural() : investor.upper();
        c.text(X, 72, "Investor: " + name, ink.bold().plus(1));
        c.text(X, 83, "PAN: " + investor.pan() + "   Email: " + investor.given().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z]", "") + rng.digits(2) + "@gmail.com   Mobile: XXXXXX" + investor.mobile()
                .substring(6), ink);
        Truth t = LotFacts.header(issuer, name, investor.pan(), fy);
        Flow f = new Flow(c, 40, 40);
        f.moveTo(92);
        BigDecimal[] eq = section(c, f, ink, money, when, w, rng, "A. EQUITY ORIENTED SCHEMES", equity, true, t);
        BigDecimal[] dt = section(c, f, ink, money, when, w, rng, "B. OTHER THAN EQUITY ORIENTED (DEBT) SCHEMES", debt,
                false, t);
        f.ensure(90);
        f.down(14);
        c.text(X, f.y(), "SUMMARY OF CAPITAL GAINS", ink.bold().plus(1));
        Table sm = new Table(c, X, List.of(Column.left("Category", w * 0.3f), Column.right("Redemption Value", w * 0.2f),
                Column.right("Short Term Gain / Loss", w * 0.2f), Column.right("Long Term Gain / Loss", w * 0.2f)),
                ink, Table.Rules.GRID, 2);
        float y = sm.header(f.y() + 4);
        y = sm.row(y, "Equity oriented", money.of(eq[0]), money.of(eq[1]), money.of(eq[2]));
        y = sm.row(y, "Debt / other than equity", money.of(dt[0]), money.of(dt[1]), money.of(dt[2]));
        List<Lot> all = new ArrayList<>(equity);
        all.addAll(debt);
        sm.row(y, ink.bold(), "Total", money.of(Lots.sales(all)), money.of(Lots.total(all, false)),
                money.of(Lots.total(all, true)));
        t.amount("stcg_total", Lots.total(all, false));
        t.amount("ltcg_total", Lots.total(all, true));
        t.amount("total_sale_value", Lots.sales(all));
        c.onEveryPage((cv, n, total) -> {
            cv.text(X, cv.height() - 20, "Cost is matched to the units redeemed as per the registrar's records. "
                    + "Indexation benefit is not computed.", ink.plus(-1));
            cv.right(cv.width() - X, cv.height() - 20, "Page " + n + " of " + total, ink.plus(-1));
        });
        return List.of(Rendered.pdf(Save.pdf(c, "MFCentral CG Engine", FinancialYear.last(fy).plusDays(rng.between(10, 120)),
                rng), t.build()));
    }

    /** Draws a category section; returns {redemption value, short-term, long-term}. */
    private static BigDecimal[] section(Canvas c, Flow f, Ink ink, Money money, When when, float w, Rng rng,
            String title, List<Lot> lots, boolean equity, Truth t) {
        f.ensure(50);
        f.down(14);
        c.shade(X, f.y() - ink.size() - 2, w, ink.size() + 6, 0.85f);
        c.text(X + 4, f.y(), title, ink.bold().plus(1));
        f.down(6);
        List<Column> cols = new ArrayList<>(List.of(Column.center("Redemption\nDate", w * 0.09f),
                Column.right("Units", w * 0.09f), Column.right("Redemption\nAmount", w * 0.12f),
                Column.center("Purchase\nDate", w * 0.09f), Column.right("Purchase\nCost", w * 0.12f)));
        if (equity) {
            cols.add(Column.right("NAV on\n31/01/2018", w * 0.09f));
            cols.add(Column.right("Grandfathered\nCost", w * 0.11f));
        }
        cols.add(Column.right("Holding\n(days)", w * 0.07f));
        cols.add(Column.right("Short Term", w * 0.11f));
        cols.add(Column.right("Long Term", w * 0.11f));
        Table tb = new Table(c, X, cols, ink, Table.Rules.HORIZONTAL, 1.5f);
        if (lots.isEmpty()) {
            f.moveTo(Draw.para(c, X, f.y() + 10, w, "No redemptions in this category during the year.", ink));
            return new BigDecimal[] {Rupees.ZERO, Rupees.ZERO, Rupees.ZERO};
        }
        String current = null;
        for (int i = 0; i < lots.size(); i++) {
            Lot l = lots.get(i);
            if (!l.security().equals(current)) {
                current = l.security();
                f.ensure(60);
                String folio = rng.number(8) + "/" + rng.number(2);
                f.moveTo(Draw.para(c, X, f.y() + 12, w, "Scheme: " + current + "   |   ISIN: " + l.isin()
                        + "   |   Folio No: " + folio, ink.bold()));
                f.moveTo(tb.header(f.y() - 4));
                f.onContinue((cv, top) -> tb.header(top));
            }
            List<String> row = new ArrayList<>(List.of(when.of(l.sold()), l.quantityText(), money.of(l.sellValue()),
                    when.of(l.bought()), money.of(l.buyValue())));
            if (equity) {
                row.add(l.fmvPrice() == null ? "-" : l.fmvPrice().toPlainString());
                row.add(l.fmvPrice() == null ? "-" : money.of(l.cost()));
            }
            row.add(String.valueOf(l.days()));
            row.add(l.longTerm() ? "" : money.of(l.gain()));
            row.add(l.longTerm() ? money.of(l.gain()) : "");
            f.ensure(tb.height("x\nx"));
            f.moveTo(tb.row(f.y(), row.toArray(String[]::new)));
            LotFacts.lot(t, l, current);
            if (i == lots.size() - 1 || !lots.get(i + 1).security().equals(current)) {
                String s = current;
                List<Lot> mine = lots.stream().filter(x -> x.security().equals(s)).toList();
                String[] tot = new String[cols.size()];
                java.util.Arrays.fill(tot, "");
                tot[0] = "Scheme Total";
                tot[2] = money.of(Lots.sales(mine));
                tot[tot.length - 2] = money.of(Lots.total(mine, false));
                tot[tot.length - 1] = money.of(Lots.total(mine, true));
                tb.rule(f.y());
                f.moveTo(tb.row(f.y(), ink.bold(), tot));
                f.clearContinuation();
            }
        }
        BigDecimal[] out = {Lots.sales(lots), Lots.total(lots, false), Lots.total(lots, true)};
        String[] tot = new String[cols.size()];
        java.util.Arrays.fill(tot, "");
        tot[0] = "Section Total";
        tot[2] = money.of(out[0]);
        tot[tot.length - 2] = money.of(out[1]);
        tot[tot.length - 1] = money.of(out[2]);
        f.ensure(16);
        f.moveTo(tb.row(f.y() + 4, ink.bold(), tot));
        if (!equity) {
            f.moveTo(Draw.para(c, X, f.y() + 8, w, "Debt schemes: units held for more than 36 months are long term; "
                    + "units purchased on or after 01-04-2023 are short term irrespective of holding period "
                    + "(section 50AA).", ink.plus(-0.5f)));
        }
        return out;
    }
}
