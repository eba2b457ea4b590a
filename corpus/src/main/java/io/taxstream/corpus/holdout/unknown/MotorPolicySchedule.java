package io.taxstream.corpus.holdout.unknown;

import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Cast;
import io.taxstream.corpus.holdout.kit.Cells;
import io.taxstream.corpus.holdout.kit.Day;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.pdf.Table.Column;
import io.taxstream.corpus.pdf.Table;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * A motor insurance "certificate of insurance cum policy schedule": insurer, policy number,
 * insured with PAN, vehicle and IDV, and a premium table with GST. It looks like an insurer's
 * premium certificate, but motor premium earns no deduction, so it is no investment proof.
 */
public final class MotorPolicySchedule extends NearMissPage {

    @Override
    public String name() {
        return "h-unknown-motor-policy-schedule";
    }

    @Override
    String producer() {
        return "Policy Issuance Engine";
    }

    @Override
    void draw(Canvas c, Rng rng, LocalDate date) {
        String insurer = rng.pickOf("Bajaj Allianz General Insurance Co. Ltd.", "Tata AIG General Insurance Company Limited",
                "Reliance General Insurance Company Limited", "The New India Assurance Co. Ltd.",
                "United India Insurance Company Limited", "Go Digit General Insurance Limited");
        Who p = Cast.person(rng);
        AmountStyle money = Amounts.style(rng);
        Day day = Day.any(rng);
        Ink ink = Ink.of(Family.HELVETICA, 8.5f);
        float x = 40;
        float w = c.width() - 2 * x;
        c.text(x, 46, insurer, ink.bold().size(13));
        c.center(c.width() / 2, 70, "CERTIFICATE OF INSURANCE CUM POLICY SCHEDULE", ink.bold().size(11));
        c.center(c.width() / 2, 83, "Private Car Package Policy (Own Damage + Third Party)", ink);
        String policy = rng.number(4) + "/" + rng.digits(10) + "/00/" + rng.digits(3);
        BigDecimal idv = rng.rupees(250_000, 1_800_000, 1_000);
        float y = Cells.draw(c, x, 94, w, 3, List.of(new String[] {"Policy No.", policy},
                new String[] {"Period of Insurance", day.format(date) + " to " + day.format(date.plusYears(1).minusDays(1))},
                new String[] {"Insured", p.upper()}, new String[] {"PAN", p.pan()},
                new String[] {"Address", p.address().oneLine()}, new String[] {"Mobile", p.mobile()},
                new String[] {"Registration No.", rng.letters(2) + "-" + rng.digits(2) + "-" + rng.letters(2) + "-"
                    + rng.digits(4)}, new String[] {"Make / Model", rng.pickOf("MARUTI SUZUKI / BALENO ZETA",
                        "HYUNDAI / CRETA SX", "TATA / NEXON XZ+", "MAHINDRA / XUV700 AX5", "HONDA / CITY V CVT")},
                new String[] {"Insured Declared Value (IDV)", money.format(idv)}), ink, true);
        y += 14;
        BigDecimal od = idv.multiply(BigDecimal.valueOf(rng.between(180, 320), 4)).setScale(0, RoundingMode.HALF_UP)
                .setScale(2);
        BigDecimal ncb = od.multiply(BigDecimal.valueOf(rng.pickOf(0, 20, 25, 35, 45, 50))).divide(BigDecimal.valueOf(100),
                0, RoundingMode.HALF_UP).setScale(2);
        BigDecimal tp = Rupees.rupees(rng.pickOf(2_094L, 3_416L, 7_897L));
        BigDecimal pa = Rupees.rupees(rng.pickOf(0L, 330L, 375L));
        BigDecimal net = od.subtract(ncb).add(tp).add(pa);
        BigDecimal gst = net.multiply(new BigDecimal("0.18")).setScale(2, RoundingMode.HALF_UP);
        Table t = new Table(c, x, List.of(Column.left("Premium Computation", w * 0.7f), Column.right("Amount (Rs.)",
                w * 0.3f)), ink, Table.Rules.GRID);
        y = t.header(y);
        y = t.row(y, "Basic Own Damage Premium", money.format(od));
        y = t.row(y, "Less: No Claim Bonus", money.format(ncb.negate()));
        y = t.row(y, "Basic Third Party Liability", money.format(tp));
        y = t.row(y, "PA Cover for Owner-Driver", money.format(pa));
        y = t.row(y, ink.bold(), "Net Premium", money.format(net));
        y = t.row(y, "GST @ 18%", money.format(gst));
        y = t.row(y, ink.bold(), "Total Premium Payable", money.format(net.add(gst)));
        Chrome.paragraph(c, x, y + 18, w, "Limitations as to use: the policy covers use of the vehicle for any purpose "
                + "other than hire or reward, carriage of goods, organised racing or speed testing. Persons or classes "
                + "of persons entitled to drive: any person including the insured, holding a valid driving licence. "
                + "This schedule read with the policy wordings forms the contract of insurance. Premium for motor "
                + "insurance is not eligible for any deduction under the Income Tax Act.", ink);
    }
}
