package io.taxstream.corpus.holdout.unknown;

import io.taxstream.corpus.data.Employer;
import io.taxstream.corpus.holdout.kit.Amounts;
import io.taxstream.corpus.holdout.kit.Cast;
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
import io.taxstream.corpus.util.Words;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An employer's salary certificate "to whomsoever it may concern" (for a visa or a loan): it
 * states employment, designation and the annual cost to company with its annual break-up, but
 * no pay month, no days paid and no net pay, so it is not a payslip.
 */
public final class SalaryCertificateLetter extends NearMissPage {

    @Override
    public String name() {
        return "h-unknown-salary-certificate";
    }

    @Override
    String producer() {
        return "HR Letters";
    }

    @Override
    void draw(Canvas c, Rng rng, LocalDate date) {
        Employer e = Cast.employer(rng);
        Who p = Cast.person(rng);
        AmountStyle money = Amounts.style(rng);
        Day day = Day.any(rng);
        Ink ink = Ink.of(rng.pickOf(Family.TIMES, Family.HELVETICA), 10.5f);
        float x = 64;
        float w = c.width() - 2 * x;
        c.center(c.width() / 2, 52, e.name(), ink.bold().size(15));
        c.center(c.width() / 2, 66, e.address().oneLine(), ink.plus(-2));
        c.line(x, 74, c.width() - x, 74, 1f);
        c.text(x, 96, "Ref: HR/SC/" + date.getYear() + "/" + rng.number(4), ink);
        c.right(c.width() - x, 96, day.format(date), ink);
        c.center(c.width() / 2, 126, "TO WHOMSOEVER IT MAY CONCERN", ink.bold().plus(1.5f));
        BigDecimal basic = rng.rupees(180_000, 1_800_000, 1_200);
        List<String[]> rows = new ArrayList<>();
        BigDecimal hra = Rupees.percent(basic, 50);
        BigDecimal special = Rupees.percent(basic, rng.between(20, 70));
        BigDecimal pf = Rupees.percent(basic, 12);
        BigDecimal gratuity = Rupees.percent(basic, 4.81);
        BigDecimal ctc = basic.add(hra).add(special).add(pf).add(gratuity);
        rows.add(new String[] {"Basic Salary", money.format(basic)});
        rows.add(new String[] {"House Rent Allowance", money.format(hra)});
        rows.add(new String[] {"Special Allowance", money.format(special)});
        rows.add(new String[] {"Employer's Contribution to PF", money.format(pf)});
        rows.add(new String[] {"Gratuity", money.format(gratuity)});
        float y = Chrome.paragraph(c, x, 156, w, "This is to certify that " + p.salutation() + " " + p.natural()
                + " (PAN: " + p.pan() + ") has been working with " + e.name() + " since "
                + day.format(date.minusMonths(rng.between(14, 140))) + " and is presently designated as "
                + rng.pickOf("Senior Manager - Projects", "Associate Consultant", "Deputy General Manager",
                        "Software Engineer II", "Head - Procurement") + ". " + (p.female() ? "Her" : "His")
                + " current annual cost to company (CTC) is Rs. " + money.format(ctc) + " (" + Words.rupees(ctc)
                + "), the break-up of which is given below.", ink.plus(0.5f));
        Table t = new Table(c, x + 40, List.of(Column.left("Component", w * 0.5f), Column.right("Per Annum (Rs.)",
                w * 0.3f)), ink, Table.Rules.GRID);
        y = t.header(y + 8);
        for (String[] r : rows) {
            y = t.row(y, r);
        }
        y = t.row(y, ink.bold(), "Total Cost to Company", money.format(ctc));
        y = Chrome.paragraph(c, x, y + 22, w, "This certificate is issued at the request of the employee for the "
                + "purpose of " + rng.pickOf("visa application", "a housing loan application", "rental verification")
                + " and does not constitute a guarantee of any kind by the company.", ink.plus(0.5f));
        c.text(x, y + 30, "For " + e.name(), ink.bold());
        c.text(x, y + 70, Cast.person(rng).natural(), ink);
        c.text(x, y + 84, "Manager - Human Resources", ink);
    }
}
