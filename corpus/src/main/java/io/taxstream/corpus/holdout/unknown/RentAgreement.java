package io.taxstream.corpus.holdout.unknown;

import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Cast;
import io.taxstream.corpus.holdout.kit.Day;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.pdf.Canvas;
import io.taxstream.corpus.pdf.Chrome;
import io.taxstream.corpus.pdf.Family;
import io.taxstream.corpus.pdf.Flow;
import io.taxstream.corpus.pdf.Ink;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Words;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A leave and licence agreement: landlord and tenant with PANs, the monthly licence fee and
 * deposit, the term and the schedule of the flat. It states the rent but is not a receipt for
 * rent paid, so it is no investment proof.
 */
public final class RentAgreement extends NearMissPage {

    @Override
    public String name() {
        return "h-unknown-rent-agreement";
    }

    @Override
    String producer() {
        return "Microsoft Word";
    }

    @Override
    void draw(Canvas c, Rng rng, LocalDate date) {
        Who owner = Cast.person(rng);
        Who tenant = Cast.person(rng);
        BigDecimal rent = rng.rupees(8_000, 85_000, 500);
        BigDecimal deposit = rent.multiply(BigDecimal.valueOf(rng.pickOf(2, 3, 6, 10)));
        AmountStyle money = Amounts.style(rng);
        Day day = Day.any(rng);
        Ink ink = Ink.of(Family.TIMES, 10.5f);
        float x = 64;
        float w = c.width() - 2 * x;
        Flow f = new Flow(c, 50, 60);
        Chrome.pageNumbers(c, ink.plus(-2), null, true);
        c.center(c.width() / 2, f.y() + 14, "LEAVE AND LICENSE AGREEMENT", ink.bold().size(14));
        f.down(34);
        List<String> paras = List.of(
                "This Agreement of Leave and License is made and executed at " + tenant.place().city() + " on "
                        + day.format(date) + " BETWEEN " + owner.upper() + ", aged about "
                        + (date.getYear() - owner.dob().getYear()) + " years, PAN " + owner.pan() + ", residing at "
                        + owner.address().oneLine() + ", hereinafter called the LICENSOR, of the ONE PART;",
                "AND " + tenant.upper() + ", aged about " + (date.getYear() - tenant.dob().getYear()) + " years, PAN "
                        + tenant.pan() + ", hereinafter called the LICENSEE, of the OTHER PART.",
                "WHEREAS the Licensor is the owner of the premises described in the Schedule hereunder and the "
                        + "Licensee has approached the Licensor to use the said premises on leave and license basis for "
                        + "residential purpose only, and the Licensor has agreed to the same on the terms below.",
                "1. PERIOD: The license is granted for a period of 11 (eleven) months commencing from "
                        + day.format(date.plusDays(rng.between(1, 20))) + ", renewable by mutual consent.",
                "2. LICENSE FEE: The Licensee shall pay a monthly license fee of Rs. " + money.format(rent) + " ("
                        + Words.rupees(rent) + ") on or before the 5th day of every English calendar month, by bank "
                        + "transfer to the Licensor's account.",
                "3. DEPOSIT: The Licensee has paid an interest free refundable security deposit of Rs. "
                        + money.format(deposit) + " (" + Words.rupees(deposit) + "), refundable at the end of the "
                        + "license after adjusting dues, if any.",
                "4. The Licensee shall pay electricity, water and maintenance charges as per actual consumption, "
                        + "and shall not sub-let or part with the possession of the premises.",
                "5. Either party may terminate this agreement by giving one month's notice in writing.",
                "6. The stamp duty and registration charges of this agreement shall be borne equally by both parties.",
                "SCHEDULE OF THE PREMISES: " + tenant.address().oneLine() + ", admeasuring about "
                        + rng.between(450, 1600) + " sq. ft. carpet area, with one covered parking.",
                "IN WITNESS WHEREOF the parties have signed this agreement on the day and year first written above.");
        for (String p : paras) {
            f.ensure(60);
            f.moveTo(Chrome.paragraph(c, x, f.y(), w, p, ink) + 6);
        }
        f.ensure(90);
        f.down(30);
        c.text(x, f.y(), "LICENSOR: " + owner.upper(), ink.bold());
        c.right(c.width() - x, f.y(), "LICENSEE: " + tenant.upper(), ink.bold());
        f.down(40);
        c.text(x, f.y(), "Witness 1: " + Cast.person(rng).natural(), ink);
        c.right(c.width() - x, f.y(), "Witness 2: " + Cast.person(rng).natural(), ink);
    }
}
