package io.taxstream.corpus.holdout2.unknown;

import io.taxstream.corpus.holdout2.kit.Cast2;
import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.holdout2.kit.When;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Words;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A municipal corporation's property tax receipt: property id, owner, ward, the financial year,
 * tax heads, rebate for early payment and the total paid. It looks like a housing proof but
 * earns no deduction the contract knows: UNKNOWN.
 */
public final class PropertyTaxReceipt extends NearMiss {

    @Override
    public String name() {
        return "h2-nm-property-tax";
    }

    @Override
    String producer(Rng rng) {
        return "e-Nagarpalika";
    }

    @Override
    void draw(Canvas c, Rng rng, LocalDate date) {
        c.newPage();
        Who owner = Cast2.folk(rng);
        String city = owner.place().city();
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.TIMES), 9f);
        Money money = Money.indian("", true);
        When when = When.compact(rng);
        float x = 50;
        float w = c.width() - 2 * x;
        c.center(c.width() / 2, 50, city.toUpperCase(java.util.Locale.ROOT) + " MUNICIPAL CORPORATION", ink.bold()
                .size(14));
        c.center(c.width() / 2, 64, "Property Tax Department", ink);
        c.center(c.width() / 2, 84, "PROPERTY TAX RECEIPT", ink.bold().size(11));
        int fy = FinancialYear.of(date);
        String[][] kv = {{"Receipt No.", rng.number(10)}, {"Payment Date", when.of(date)},
            {"Property ID", rng.letters(2) + "/" + rng.between(1, 80) + "/" + rng.number(6)},
            {"Owner Name", owner.upper()}, {"Property Address", owner.address().oneLine()},
            {"Ward / Zone", "Ward " + rng.between(1, 80) + " / Zone " + rng.pickOf("North", "South", "East", "West")},
            {"Financial Year", FinancialYear.span(fy)}, {"Usage", rng.pickOf("Residential", "Residential (Self occupied)")}};
        float y = 104;
        for (String[] r : kv) {
            c.text(x, y, r[0], ink);
            c.text(x + 120, y, ": " + r[1], ink.bold());
            y += 14;
        }
        BigDecimal general = rng.rupees(1_200, 38_000, 1);
        BigDecimal[] heads = {general, Rupees.whole(general.doubleValue() * 0.12), Rupees.whole(general.doubleValue()
            * 0.08), Rupees.whole(general.doubleValue() * 0.05), Rupees.rupees(rng.between(20, 200)),
            Rupees.whole(general.doubleValue() * 0.02)};
        String[] names = {"General Tax", "Water Tax", "Sewerage / Drainage Tax", "Education Cess", "Tree Cess",
            "Fire Cess"};
        Table t = new Table(c, x, List.of(Column.left("Tax Head", w * 0.6f), Column.right("Amount (Rs.)", w * 0.4f)),
                ink, Table.Rules.GRID, 3);
        y = t.header(y + 6);
        BigDecimal total = Rupees.ZERO;
        for (int i = 0; i < names.length; i++) {
            y = t.row(y, names[i], money.of(heads[i]));
            total = total.add(heads[i]);
        }
        BigDecimal rebate = date.getMonthValue() <= 6 && date.getMonthValue() >= 4 ? Rupees.whole(total.doubleValue()
                * 0.05) : Rupees.ZERO;
        y = t.row(y, "Less: Rebate for payment before 30th June", money.of(rebate));
        BigDecimal paid = total.subtract(rebate);
        y = t.row(y, ink.bold(), "Total Amount Paid", money.of(paid));
        c.text(x, y + 18, "Amount in words: " + Words.rupees(paid), ink);
        c.text(x, y + 32, "Payment mode: " + rng.pickOf("Online - Net Banking", "UPI", "Cash at Citizen Facilitation "
                + "Centre"), ink);
        c.text(x, y + 60, "This receipt is valid subject to realisation of payment.", ink.plus(-1));
    }
}
