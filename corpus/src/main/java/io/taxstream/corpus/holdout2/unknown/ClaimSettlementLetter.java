package io.taxstream.corpus.holdout2.unknown;

import io.taxstream.corpus.holdout2.kit.Cast2;
import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.holdout2.kit.When;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A health insurer's (or TPA's) claim settlement letter: policy and claim numbers, patient and
 * hospital, amount claimed, deductions, amount settled and the NEFT reference. It names a policy
 * and amounts but proves no premium paid: UNKNOWN, not an 80D proof.
 */
public final class ClaimSettlementLetter extends NearMiss {

    private static final List<String> INSURERS = List.of("Aditya Birla Health Insurance Co. Limited",
            "Niva Bupa Health Insurance Company Limited", "Manipal Cigna Health Insurance Company Limited",
            "The New India Assurance Co. Ltd.", "Galaxy Health and Allied Insurance Company Limited");

    @Override
    public String name() {
        return "h2-nm-claim-settlement";
    }

    @Override
    String producer(Rng rng) {
        return "Claims Management System";
    }

    @Override
    void draw(Canvas c, Rng rng, LocalDate date) {
        c.newPage();
        String insurer = rng.pick(INSURERS);
        Who insured = Cast2.folk(rng);
        Ink ink = Ink.of(rng.pickOf(Family.HELVETICA, Family.TIMES), 9f);
        Money money = Money.indian("₹ ", true);
        When when = When.compact(rng);
        float x = 50;
        float w = c.width() - 2 * x;
        c.text(x, 54, insurer, ink.bold().size(13));
        c.text(x, 68, "Health Claims Department", ink);
        c.line(x, 74, c.width() - x, 74, 1f);
        c.center(c.width() / 2, 96, "CLAIM SETTLEMENT LETTER", ink.bold().size(12));
        LocalDate admitted = date.minusDays(rng.between(20, 60));
        LocalDate discharged = admitted.plusDays(rng.between(1, 8));
        LocalDate start = date.minusDays(rng.between(60, 300));
        String[][] kv = {{"Claim No.", rng.letters(2) + rng.number(9)}, {"Policy No.", rng.number(4) + "/"
            + rng.number(8) + "/" + rng.number(2)}, {"Policy Period", when.of(start) + " to "
            + when.of(start.plusYears(1).minusDays(1))}, {"Proposer", insured.upper()},
            {"Patient", insured.upper() + " (Self)"}, {"Hospital", rng.pickOf("Shree Krishna Hospital",
                "Lifeline Multispeciality Hospital", "Sanjeevani Nursing Home", "City Care Hospital") + ", "
                + insured.place().city()}, {"Date of Admission / Discharge", when.of(admitted) + " / "
                + when.of(discharged)}, {"Ailment", rng.pickOf("Dengue fever", "Acute appendicitis",
                "Cataract (Right eye)", "Fracture of radius", "Kidney stone")}};
        float y = 116;
        for (String[] r : kv) {
            c.text(x, y, r[0], ink);
            c.text(x + 150, y, ": " + r[1], ink.bold());
            y += 14;
        }
        BigDecimal claimed = rng.rupees(18_000, 450_000, 1);
        BigDecimal consumables = Rupees.whole(claimed.doubleValue() * 0.03);
        BigDecimal room = rng.chance(0.5) ? Rupees.whole(claimed.doubleValue() * 0.08) : Rupees.ZERO;
        BigDecimal copay = rng.chance(0.3) ? Rupees.whole(claimed.doubleValue() * 0.1) : Rupees.ZERO;
        BigDecimal settled = claimed.subtract(consumables).subtract(room).subtract(copay);
        Table t = new Table(c, x, List.of(Column.left("Particulars", w * 0.7f), Column.right("Amount", w * 0.3f)),
                ink, Table.Rules.GRID, 3);
        y = t.header(y + 8);
        y = t.row(y, "Amount claimed", money.of(claimed));
        y = t.row(y, "Less: Non-payable items (consumables)", money.of(consumables));
        y = t.row(y, "Less: Proportionate deduction (room rent)", money.of(room));
        y = t.row(y, "Less: Co-payment", money.of(copay));
        y = t.row(y, ink.bold(), "Amount settled", money.of(settled));
        Chrome.paragraph(c, x, y + 20, w, "The settled amount has been paid to the " + rng.pickOf("hospital (cashless)",
                "insured by NEFT") + " on " + when.of(date) + ", UTR " + rng.letters(4) + rng.number(12)
                + ". The balance sum insured available under the policy is " + money.of(rng.rupees(100_000, 1_000_000,
                50_000)) + ". This letter is not a premium receipt.", ink);
    }
}
