package io.taxstream.corpus.holdout2.gains;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.holdout2.kit.Cast2;
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
import java.util.function.Function;

/**
 * A stock broker's landscape capital gain statement grouped by scrip: each scrip's name and ISIN
 * on a bold group row, its lots below and a scrip total; short-term delivery first, long-term next
 * with the 31-01-2018 FMV and the cost of acquisition, then an intraday (speculative) section that
 * is business income rather than capital gains, and a summary.
 */
public final class BrokerScripStatement implements Layout {

    private static final float X = 30;
    private static final List<String> BROKERS = List.of("Shubh Laabh Stock Brokers Pvt. Ltd.", "Nivesh Securities Ltd.",
            "Trishul Capital Markets Pvt Ltd", "Kamdhenu Broking Services Ltd.", "Sahyadri Shares & Stocks Pvt Ltd",
            "Ratnakar Equity Broking LLP");

    @Override
    public String docType() {
        return "CAPITAL_GAINS";
    }

    @Override
    public String name() {
        return "h2-cg-broker-scrip-intraday";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        int fy = rng.between(2021, 2025);
        List<Lot> lots = Lots.random(rng, fy, Lots.SHARES, rng.between(4, 22), false);
        String broker = rng.pick(BROKERS);
        Who client = Cast2.folk(rng);
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.TIMES), 7.5f);
        Money money = Money.bank(rng, "").negatives(rng.pickOf(Money.Neg.MINUS, Money.Neg.PARENS));
        When when = rng.pickOf(When.DD_MMM_YYYY, When.ISO, When.DOTTED, When.D_MMM_YY);
        Canvas c = Save.landscape();
        c.newPage();
        float w = c.width() - 2 * X;
        c.text(X, 36, broker, ink.bold().size(14));
        c.text(X, 48, "Member: NSE / BSE  |  SEBI Regn. No. INZ000" + rng.digits(6) + "  |  "
                + client.place().city(), ink);
        c.right(c.width() - X, 36, "CAPITAL GAIN STATEMENT", ink.bold().size(12));
        c.right(c.width() - X, 48, "F.Y. " + FinancialYear.span(fy) + " (" + when.of(FinancialYear.first(fy)) + " to " + when.of(FinancialYear.last(fy))
                + ")", ink);
        c.line(X, 54, c.width() - X, 54, 0.8f);
        String name = client.upper();
        String code = rng.letters(2) + rng.digits(5);
        c.text(X, 68, "Client Code: " + code + "     Client Name: " + name + "     PAN: " + client.pan(), ink.bold());
        Truth t = LotFacts.header(broker, name, client.pan(), fy);
        Flow f = new Flow(c, 40, 40);
        f.moveTo(80);
        List<Lot> st = lots.stream().filter(l -> !l.longTerm()).toList();
        List<Lot> lt = lots.stream().filter(Lot::longTerm).toList();
        float[] sw = {0.07f, 0.1f, 0.1f, 0.13f, 0.1f, 0.1f, 0.13f, 0.13f};
        section(c, f, ink, money, w, "SHORT TERM CAPITAL GAIN / LOSS (Delivery)", st,
                new String[] {"Qty", "Buy Date", "Buy Rate", "Buy Value", "Sell Date", "Sell Rate", "Sell Value",
                    "Gain / Loss"}, sw,
                l -> new String[] {l.quantityText(), when.of(l.bought()), money.of(l.buyPrice()), money.of(l.buyValue()),
                    when.of(l.sold()), money.of(l.sellPrice()), money.of(l.sellValue()), money.of(l.gain())}, t);
        float[] lw = {0.06f, 0.09f, 0.11f, 0.1f, 0.12f, 0.09f, 0.12f, 0.12f};
        section(c, f, ink, money, w, "LONG TERM CAPITAL GAIN / LOSS (Delivery) - Section 112A", lt,
                new String[] {"Qty", "Buy Date", "Buy Value", "FMV as on\n31-01-2018", "Cost of\nAcquisition",
                    "Sell Date", "Sell Value", "Gain / Loss"}, lw,
                l -> new String[] {l.quantityText(), when.of(l.bought()), money.of(l.buyValue()),
                    l.fmvPrice() == null ? "-" : money.of(l.fmvValue()), money.of(l.cost()), when.of(l.sold()),
                    money.of(l.sellValue()), money.of(l.gain())}, t);
        BigDecimal speculative = intraday(c, f, ink, money, when, w, rng, fy);
        f.ensure(90);
        f.down(10);
        c.text(X, f.y(), "SUMMARY", ink.bold().plus(1));
        String[][] sum = {{"Short Term Capital Gain / (Loss)", money.of(Lots.total(lots, false))},
            {"Long Term Capital Gain / (Loss)", money.of(Lots.total(lots, true))},
            {"Speculative Profit / (Loss) - Intraday (not capital gains)", money.of(speculative)},
            {"Total Sale Value (Delivery)", money.of(Lots.sales(lots))}};
        float y = f.y() + 4;
        for (String[] s : sum) {
            c.box(X, y, w * 0.5f, 14);
            c.text(X + 4, y + 10, s[0], ink);
            c.right(X + w * 0.5f - 4, y + 10, s[1], ink.bold());
            y += 14;
        }
        t.amount("stcg_total", Lots.total(lots, false));
        t.amount("ltcg_total", Lots.total(lots, true));
        t.amount("total_sale_value", Lots.sales(lots));
        c.onEveryPage((cv, n, total) -> cv.right(cv.width() - X, cv.height() - 18, name + " | " + code + " | Page " + n
                + " of " + total, ink.plus(-1)));
        return List.of(Rendered.pdf(Save.pdf(c, broker + " Back Office", FinancialYear.last(fy).plusDays(rng.between(20, 90)),
                rng), t.build()));
    }

    private static void section(Canvas c, Flow f, Ink ink, Money money, float w, String title, List<Lot> lots,
            String[] heads, float[] widths, Function<Lot, String[]> cells, Truth t) {
        f.ensure(60);
        f.down(12);
        c.text(X, f.y(), title, ink.bold().plus(1));
        List<Column> cols = new ArrayList<>();
        cols.add(Column.left("Scrip / ISIN", w * 0.16f));
        for (int i = 0; i < heads.length; i++) {
            cols.add(heads[i].contains("Date") ? Column.center(heads[i], w * widths[i])
                    : Column.right(heads[i], w * widths[i]));
        }
        Table tb = new Table(c, X, cols, ink, Table.Rules.HORIZONTAL, 2);
        f.moveTo(tb.header(f.y() + 4));
        f.onContinue((cv, top) -> tb.header(top));
        if (lots.isEmpty()) {
            f.moveTo(tb.row(f.y(), "No transactions"));
        }
        String current = null;
        BigDecimal scripGain = Rupees.ZERO;
        BigDecimal scripSale = Rupees.ZERO;
        for (int i = 0; i < lots.size(); i++) {
            Lot l = lots.get(i);
            if (!l.security().equals(current)) {
                current = l.security();
                f.ensure(tb.height("x") * 3);
                f.moveTo(tb.row(f.y(), ink.bold(), current + "  (ISIN: " + l.isin() + ")"));
                scripGain = Rupees.ZERO;
                scripSale = Rupees.ZERO;
            }
            String[] row = cells.apply(l);
            String[] full = new String[row.length + 1];
            full[0] = "";
            System.arraycopy(row, 0, full, 1, row.length);
            f.ensure(tb.height(full));
            f.moveTo(tb.row(f.y(), full));
            LotFacts.lot(t, l, current);
            scripGain = scripGain.add(l.gain());
            scripSale = scripSale.add(l.sellValue());
            if (i == lots.size() - 1 || !lots.get(i + 1).security().equals(current)) {
                String[] tot = new String[full.length];
                java.util.Arrays.fill(tot, "");
                tot[0] = "Scrip Total";
                tot[tot.length - 2] = money.of(scripSale);
                tot[tot.length - 1] = money.of(scripGain);
                f.ensure(tb.height(tot));
                f.moveTo(tb.row(f.y(), ink.bold(), tot));
            }
        }
        tb.rule(f.y());
        String[] tot = new String[heads.length + 1];
        java.util.Arrays.fill(tot, "");
        tot[0] = "Section Total";
        tot[tot.length - 2] = money.of(Lots.sales(lots));
        tot[tot.length - 1] = money.of(Rupees.sum(lots.stream().map(Lot::gain).toList()));
        f.moveTo(tb.row(f.y(), ink.bold(), tot));
        f.clearContinuation();
    }

    private static BigDecimal intraday(Canvas c, Flow f, Ink ink, Money money, When when, float w, Rng rng, int fy) {
        int n = rng.between(0, 6);
        f.ensure(50);
        f.down(12);
        c.text(X, f.y(), "INTRADAY / SPECULATIVE TRANSACTIONS (business income u/s 43(5), not capital gains)",
                ink.bold().plus(1));
        Table tb = new Table(c, X, List.of(Column.left("Scrip", w * 0.3f), Column.center("Trade Date", w * 0.12f),
                Column.right("Qty", w * 0.08f), Column.right("Buy Value", w * 0.14f), Column.right("Sell Value",
                        w * 0.14f), Column.right("Profit / Loss", w * 0.14f)), ink, Table.Rules.HORIZONTAL, 2);
        f.moveTo(tb.header(f.y() + 4));
        BigDecimal total = Rupees.ZERO;
        if (n == 0) {
            f.moveTo(tb.row(f.y(), "No transactions"));
        }
        for (int i = 0; i < n; i++) {
            Lots.Security s = rng.pick(Lots.SHARES);
            BigDecimal qty = BigDecimal.valueOf(rng.between(10, 2_000));
            BigDecimal buy = qty.multiply(BigDecimal.valueOf(rng.between(5_000, 300_000), 2)).setScale(2);
            BigDecimal sell = buy.multiply(BigDecimal.valueOf(0.97 + rng.nextDouble() * 0.05)).setScale(2,
                    java.math.RoundingMode.HALF_UP);
            total = total.add(sell.subtract(buy));
            f.ensure(14);
            f.moveTo(tb.row(f.y(), s.name(), when.of(FinancialYear.first(fy).plusDays(rng.between(0, 360))), qty.toPlainString(),
                    money.of(buy), money.of(sell), money.of(sell.subtract(buy))));
        }
        f.moveTo(tb.row(f.y(), ink.bold(), "Total Speculative", "", "", "", "", money.of(total)));
        return total;
    }
}
