package io.taxstream.corpus.holdout.proof;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Cast;
import io.taxstream.corpus.holdout.kit.Day;
import io.taxstream.corpus.holdout.kit.Pdfs;
import io.taxstream.corpus.holdout.kit.Years;
import io.taxstream.corpus.kit.ProofTruth;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.KeyValueGrid;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * A life insurer's premium paid statement for a financial year: the policyholder (who may insure
 * a spouse or child as life assured), a table of monthly, quarterly or half-yearly instalments
 * paid in the year with GST where the plan carries it, and the year's total, which is the
 * proof's amount; there is no single payment date.
 */
public final class LifePremiumStatement implements Layout {

    private static final float X = 40;
    private static final List<String> INSURERS = List.of("Max Life Insurance Company Limited",
            "Bajaj Allianz Life Insurance Co. Ltd.", "Kotak Mahindra Life Insurance Company Ltd.",
            "PNB MetLife India Insurance Company Limited", "Aditya Birla Sun Life Insurance Company Limited",
            "Canara HSBC Life Insurance Company Limited", "IndiaFirst Life Insurance Company Ltd",
            "Star Union Dai-ichi Life Insurance Co. Ltd.");

    @Override
    public String docType() {
        return "INVESTMENT_PROOF";
    }

    @Override
    public String name() {
        return "h-proof-life-premium-statement";
    }

    @Override
    public List<Rendered> render(Rng rng) {
        String insurer = rng.pick(INSURERS);
        Who holder = Cast.person(rng);
        boolean other = rng.chance(0.4);
        String assured = other ? (holder.family().isEmpty() ? holder.initial() + " " + Cast.person(rng).given()
                : Cast.person(rng).given() + " " + holder.family()).toUpperCase(java.util.Locale.ROOT) : holder.upper();
        int fy = rng.between(2021, 2024);
        int perYear = rng.pickOf(12, 4, 2);
        boolean gst = rng.chance(0.5);
        BigDecimal instalment = rng.rupees(perYear == 12 ? 1_000 : 4_000, perYear == 12 ? 12_000 : 60_000, 1);
        BigDecimal tax = gst ? instalment.multiply(new BigDecimal("0.045")).setScale(2, RoundingMode.HALF_UP)
                : Rupees.ZERO;
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.TIMES), 8.5f);
        AmountStyle money = Amounts.style(rng);
        Day day = Day.compact(rng);
        String policy = rng.number(rng.pickOf(8, 9, 10));
        String holderName = holder.upper();
        Canvas c = Canvas.a4();
        c.newPage();
        float w = c.width() - 2 * X;
        c.shade(X, 30, w, 40, 0.88f);
        c.text(X + 10, 48, insurer, ink.bold().size(13));
        c.text(X + 10, 62, "Premium Paid Statement - Financial Year " + Years.printed(rng, fy), ink.bold());
        float y = KeyValueGrid.draw(c, X, 80, w, 2, List.of(new String[] {"Policy Number", policy},
                new String[] {"Plan Name", rng.pickOf("Smart Wealth Plan", "Guaranteed Income Plan", "Term Plan Plus",
                    "Child Future Assured", "Life Goal Saver")}, new String[] {"Policyholder", holderName},
                new String[] {"Life Assured", assured}, new String[] {"PAN of Policyholder", holder.pan()},
                new String[] {"Premium Frequency", perYear == 12 ? "Monthly" : perYear == 4 ? "Quarterly" : "Half-Yearly"},
                new String[] {"Sum Assured (Rs.)", money.format(rng.rupees(500_000, 10_000_000, 100_000))},
                new String[] {"Policy Status", "In Force"}), ink, " : ", true);
        y += 10;
        Table t = new Table(c, X, List.of(Column.center("Due Date", w * 0.14f), Column.center("Paid On", w * 0.14f),
                Column.left("Receipt No.", w * 0.2f), Column.right("Premium", w * 0.17f), Column.right("GST", w * 0.15f),
                Column.right("Total Paid", w * 0.2f)), ink, Table.Rules.GRID);
        y = t.header(y);
        BigDecimal total = Rupees.ZERO;
        int step = 12 / perYear;
        LocalDate due = LocalDate.of(fy, 4, rng.between(1, 28)).plusMonths(rng.between(0, step - 1));
        while (!due.isAfter(LocalDate.of(fy + 1, 3, 31))) {
            LocalDate on = due.minusDays(rng.between(0, 6));
            BigDecimal paid = instalment.add(tax);
            y = t.row(y, day.format(due), day.format(on), rng.letters(1) + rng.digits(9), money.format(instalment),
                    money.format(tax), money.format(paid));
            total = total.add(paid);
            due = due.plusMonths(step);
        }
        y = t.row(y, ink.bold(), "", "", "Total", "", "", money.format(total));
        y += 16;
        c.text(X, y, "Total premium paid during the financial year: Rs. " + money.format(total), ink.bold().plus(1));
        c.text(X, y + 16, "Premium paid is eligible for deduction under Section 80C of the Income Tax Act, 1961, subject "
                + "to the conditions therein.", ink);
        if (gst) {
            c.text(X, y + 30, "GST paid on premium forms part of the premium for this purpose.", ink);
        }
        c.center(c.width() / 2, c.height() - 36, "This is a system generated statement. Registered Office: "
                + Cast.place(rng).city() + ". IRDAI Regn. No. " + rng.number(3) + ".", ink.plus(-1.5f));
        ProofTruth f = new ProofTruth("LIFE_INSURANCE_PREMIUM", "80C", insurer, holderName, total).pan(holder.pan())
                .reference(policy).year(fy);
        return List.of(Rendered.pdf(Pdfs.save(c, insurer, LocalDate.of(fy + 1, 4, 5), rng), f.build()));
    }
}
