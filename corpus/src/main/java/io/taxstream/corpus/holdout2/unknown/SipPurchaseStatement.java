package io.taxstream.corpus.holdout2.unknown;

import io.taxstream.corpus.holdout2.gains.Lots;
import io.taxstream.corpus.holdout2.kit.Cast2;
import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.holdout2.kit.When;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * A fund house's account statement for a folio with only SIP purchases (and stamp duty lines) in
 * an ordinary, non-ELSS scheme: no redemption, so no capital gain, and no 80C deduction either. UNKNOWN.
 */
public final class SipPurchaseStatement extends NearMiss {

    @Override
    public String name() {
        return "h2-nm-mf-sip-statement";
    }

    @Override
    String producer(Rng rng) {
        return "KFintech Statement Engine";
    }

    @Override
    void draw(Canvas c, Rng rng, LocalDate date) {
        c.newPage();
        Lots.Security s = rng.pick(Lots.EQUITY_FUNDS);
        Who inv = Cast2.folk(rng);
        String amc = s.name().split(" ")[0] + " Mutual Fund";
        Ink ink = Ink.of(Family.HELVETICA, 8f);
        Money money = Money.indian("", true);
        When when = rng.pickOf(When.DD_MMM_YYYY, When.DD_MMM_UPPER, When.SLASHED);
        float x = 36;
        float w = c.width() - 2 * x;
        c.text(x, 44, amc, ink.bold().size(15));
        c.right(c.width() - x, 44, "Account Statement", ink.bold().size(11));
        LocalDate from = LocalDate.of(date.getMonthValue() >= 4 ? date.getYear() - 1 : date.getYear() - 2, 4, 1);
        LocalDate to = from.plusYears(1).minusDays(1);
        c.right(c.width() - x, 56, when.of(from) + " to " + when.of(to), ink);
        String[] kv = {"Folio No: " + rng.number(10) + " / " + rng.number(2), "Investor: " + inv.upper(),
            "PAN: " + inv.pan() + "   KYC: OK", "Scheme: " + s.name() + " (ISIN: " + s.isin() + ")",
            "Registrar: KFin Technologies Ltd."};
        float y = 76;
        for (String k : kv) {
            c.text(x, y, k, ink);
            y += 12;
        }
        Table t = new Table(c, x, List.of(Column.left("Date", w * 0.13f), Column.left("Transaction", w * 0.31f),
                Column.right("Amount (Rs.)", w * 0.14f), Column.right("NAV (Rs.)", w * 0.12f),
                Column.right("Units", w * 0.14f), Column.right("Unit Balance", w * 0.16f)), ink, Table.Rules.HORIZONTAL,
                2);
        Flow f = new Flow(c, 40, 40);
        BigDecimal units = BigDecimal.valueOf(rng.between(0, 400_000), 3);
        f.moveTo(t.header(y + 6));
        f.moveTo(t.row(f.y(), when.of(from), "Opening Unit Balance", "", "", "", units.toPlainString()));
        BigDecimal sip = Rupees.rupees(rng.pickOf(1_000L, 2_000L, 2_500L, 5_000L, 10_000L));
        int day = rng.between(1, 28);
        BigDecimal nav = BigDecimal.valueOf(rng.between(2_000, 20_000), 2);
        for (int m = 0; m < 12; m++) {
            LocalDate d = from.withDayOfMonth(day).plusMonths(m);
            nav = nav.multiply(BigDecimal.valueOf(0.96 + rng.nextDouble() * 0.09)).setScale(4, RoundingMode.HALF_UP);
            BigDecimal stamp = sip.multiply(new BigDecimal("0.00005")).setScale(2, RoundingMode.HALF_UP);
            BigDecimal net = sip.subtract(stamp);
            BigDecimal u = net.divide(nav, 3, RoundingMode.HALF_UP);
            units = units.add(u);
            f.ensure(30);
            f.moveTo(t.row(f.y(), when.of(d), "SIP Purchase - Instalment " + (m + 1) + "/120", money.of(net),
                    nav.toPlainString(), u.toPlainString(), units.toPlainString()));
            f.moveTo(t.row(f.y(), "", "*** Stamp Duty ***", money.of(stamp), "", "", ""));
        }
        f.ensure(40);
        f.moveTo(f.y() + 10);
        c.text(x, f.y(), "Closing Unit Balance: " + units.toPlainString() + "   NAV on " + when.of(to) + ": "
                + nav.toPlainString() + "   Market Value: Rs. " + money.of(units.multiply(nav).setScale(2,
                RoundingMode.HALF_UP)), ink.bold());
        c.text(x, f.y() + 14, "No redemptions or switches during the period. Entry load: Nil. Exit load: 1% if redeemed "
                + "within 1 year.", ink.plus(-1));
    }
}
