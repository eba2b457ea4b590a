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
 * A compensation revision letter: existing and revised monthly components, the annual figure and
 * the new CTC from a date. It names pay components and a month but pays nothing: UNKNOWN, not a payslip.
 */
public final class SalaryRevisionLetter extends NearMiss {

    @Override
    public String name() {
        return "h2-nm-salary-revision";
    }

    @Override
    String producer(Rng rng) {
        return rng.pickOf("Darwinbox", "Microsoft Word", "Keka HR");
    }

    @Override
    void draw(Canvas c, Rng rng, LocalDate date) {
        c.newPage();
        Cast2.Firm firm = Cast2.firm(rng);
        Who emp = Cast2.folk(rng, 1975, 2000);
        Ink ink = Ink.of(rng.pickOf(Family.TIMES, Family.HELVETICA), 10f);
        Money money = Money.indian("", rng.chance(0.5));
        When when = rng.pickOf(When.ORDINAL, When.LONG, When.DD_MMM_YYYY);
        float x = 64;
        float w = c.width() - 2 * x;
        c.text(x, 60, firm.name(), ink.bold().size(15));
        c.text(x, 74, firm.address().oneLine(), ink.plus(-2));
        c.line(x, 80, c.width() - x, 80, 1f);
        LocalDate effective = LocalDate.of(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1, 4, 1);
        c.text(x, 104, "Date: " + when.of(date.isBefore(effective) ? effective : date), ink);
        c.text(x, 122, "Private & Confidential", ink.bold());
        float y = 140;
        for (String l : new String[] {emp.salutation() + " " + emp.natural(), "Employee Code: " + rng.number(5),
            emp.address().city()}) {
            c.text(x, y, l, ink);
            y += 14;
        }
        y += 10;
        c.text(x, y, "Sub: Revision of compensation with effect from " + when.of(effective), ink.bold());
        BigDecimal basicOld = rng.rupees(18_000, 120_000, 100);
        double hike = 1.04 + rng.nextDouble() * 0.16;
        BigDecimal basicNew = Rupees.whole(basicOld.doubleValue() * hike);
        y = Chrome.paragraph(c, x, y + 22, w, "Dear " + emp.given() + ", in recognition of your performance during the "
                + "year, we are pleased to revise your compensation as follows. All other terms of your employment "
                + "remain unchanged.", ink);
        Table t = new Table(c, x, List.of(Column.left("Component", w * 0.37f), Column.right("Existing (Monthly)",
                w * 0.21f), Column.right("Revised (Monthly)", w * 0.21f), Column.right("Revised (Annual)", w * 0.21f)),
                ink, Table.Rules.GRID, 3);
        y = t.header(y + 6);
        BigDecimal oldTotal = Rupees.ZERO;
        BigDecimal newTotal = Rupees.ZERO;
        String[] names = {"Basic Salary", "House Rent Allowance", "Special Allowance", "Employer PF Contribution"};
        double[] ratio = {1.0, 0.5, 0.3 + rng.nextDouble() * 0.5, 0.12};
        for (int i = 0; i < names.length; i++) {
            BigDecimal o = Rupees.whole(basicOld.doubleValue() * ratio[i]);
            BigDecimal n = Rupees.whole(basicNew.doubleValue() * ratio[i]);
            oldTotal = oldTotal.add(o);
            newTotal = newTotal.add(n);
            y = t.row(y, names[i], money.of(o), money.of(n), money.of(n.multiply(BigDecimal.valueOf(12))));
        }
        y = t.row(y, ink.bold(), "Cost to Company (CTC)", money.of(oldTotal), money.of(newTotal),
                money.of(newTotal.multiply(BigDecimal.valueOf(12))));
        y = Chrome.paragraph(c, x, y + 20, w, "Your revised annual CTC is Rs. " + money.of(newTotal.multiply(
                BigDecimal.valueOf(12))) + ". Arrears, if any, will be paid with the salary of the month following this "
                + "letter. Tax will be deducted at source as applicable.", ink);
        c.text(x, y + 30, "For " + firm.name(), ink);
        c.text(x, y + 70, Cast2.folk(rng).natural() + ", Head - Human Resources", ink.bold());
    }
}
