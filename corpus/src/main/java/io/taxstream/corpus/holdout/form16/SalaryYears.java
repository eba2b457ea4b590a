package io.taxstream.corpus.holdout.form16;

import io.taxstream.corpus.data.Employer;
import io.taxstream.corpus.holdout.form16.SalaryYear.Quarter;
import io.taxstream.corpus.holdout.form16.SalaryYear.Via;
import io.taxstream.corpus.holdout.kit.Cast;
import io.taxstream.corpus.kit.IncomeTax;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes up a consistent year: pay, exemptions and deductions as the chosen regime allows, tax by
 * that year's slabs, and TDS spread over the quarters of employment that add up to the net tax.
 */
public final class SalaryYears {

    private static final BigDecimal ZERO = Rupees.ZERO;

    private SalaryYears() {
    }

    public static SalaryYear random(Rng rng) {
        int fy = rng.between(2020, 2024);
        Employer employer = Cast.employer(rng);
        Who employee = Cast.person(rng);
        boolean joined = rng.chance(0.2);
        boolean left = !joined && rng.chance(0.1);
        LocalDate from = joined ? LocalDate.of(fy, rng.between(5, 11), rng.between(1, 28)) : LocalDate.of(fy, 4, 1);
        LocalDate to = left ? LocalDate.of(fy + 1, rng.between(1, 2), rng.between(1, 28)) : LocalDate.of(fy + 1, 3, 31);
        int months = (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue() + 1;
        boolean newRegime = fy >= 2023 ? rng.chance(0.6) : rng.chance(0.2);
        double u = rng.nextDouble();
        BigDecimal monthly = Rupees.rupees(28_000 + Math.round(330_000 * u * u / 100) * 100L);
        BigDecimal s171 = monthly.multiply(BigDecimal.valueOf(months)).add(rng.rupees(0, 60_000, 1));
        BigDecimal s172 = rng.chance(0.25) ? rng.rupees(1_500, 80_000, 1) : ZERO;
        BigDecimal s173 = rng.chance(0.08) ? rng.rupees(10_000, 200_000, 1) : ZERO;
        BigDecimal hra = ZERO;
        BigDecimal lta = ZERO;
        BigDecimal other = ZERO;
        BigDecimal pt = ZERO;
        BigDecimal house = ZERO;
        if (!newRegime) {
            hra = rng.chance(0.8) ? Rupees.percent(s171, rng.between(4, 20)) : ZERO;
            lta = rng.chance(0.3) ? rng.rupees(8_000, 70_000, 1) : ZERO;
            other = rng.chance(0.2) ? rng.rupees(1_200, 25_000, 1) : ZERO;
            pt = Rupees.rupees(rng.pickOf(2_500L, 2_400L, 2_500L, 2_000L, 1_250L));
            if (s171.longValue() > 1_000_000 && rng.chance(0.35)) {
                house = rng.rupees(30_000, 200_000, 1).negate();
            }
        }
        BigDecimal os = rng.chance(0.3) ? rng.rupees(800, 55_000, 1) : ZERO;
        BigDecimal standard = IncomeTax.standardDeduction(newRegime, fy);
        List<Via> via = newRegime ? newVia(rng, s171) : oldVia(rng, s171);
        SalaryYear draft = build(employer, employee, rng, fy, from, to, newRegime, s171, s172, s173, hra, lta, other,
                standard, pt, house, os, via, ZERO, ZERO, ZERO, List.of());
        while (draft.taxable().signum() < 0 && !via.isEmpty()) {
            via.remove(via.size() - 1);
            draft = build(employer, employee, rng, fy, from, to, newRegime, s171, s172, s173, hra, lta, other,
                    standard, pt, house, os, via, ZERO, ZERO, ZERO, List.of());
        }
        BigDecimal income = draft.taxable().max(ZERO);
        BigDecimal tax = IncomeTax.slabTax(income, newRegime, fy);
        BigDecimal rebate = IncomeTax.rebate(income, tax, newRegime, fy);
        BigDecimal cess = Rupees.whole(tax.subtract(rebate).doubleValue() * 0.04);
        BigDecimal net = tax.subtract(rebate).add(cess);
        List<Quarter> quarters = quarters(rng, fy, from, to, draft.gross(), net);
        return build(employer, employee, rng, fy, from, to, newRegime, s171, s172, s173, hra, lta, other, standard, pt,
                house, os, via, tax, rebate, cess, quarters);
    }

    private static SalaryYear build(Employer employer, Who employee, Rng rng, int fy, LocalDate from, LocalDate to,
            boolean newRegime, BigDecimal s171, BigDecimal s172, BigDecimal s173, BigDecimal hra, BigDecimal lta,
            BigDecimal other, BigDecimal standard, BigDecimal pt, BigDecimal house, BigDecimal os, List<Via> via,
            BigDecimal tax, BigDecimal rebate, BigDecimal cess, List<Quarter> quarters) {
        // identity fields are drawn from a child generator so rebuilding does not shift the parent's sequence
        Rng ids = new Rng(employer.tan().hashCode() * 31L + employee.pan().hashCode());
        LocalDate issued = LocalDate.of(fy + 1, ids.between(5, 6), ids.between(1, 28));
        return new SalaryYear(employer, employee, ids.pickOf("E", "EMP", "") + ids.number(5),
                ids.pickOf("Senior Executive", "Assistant Manager", "Software Developer", "Lecturer", "Plant Engineer",
                        "Accounts Officer", "Field Supervisor", "Staff Nurse", "Team Leader - Operations"),
                fy, from, to, ids.letters(7), issued, Cast.person(ids).natural(),
                ids.pickOf("Head - Human Resources", "Finance Controller", "Authorised Signatory", "General Manager (F&A)",
                        "Director"),
                newRegime, s171, s172, s173, hra, lta, other, standard, pt, house, os, List.copyOf(via), tax, rebate, cess,
                List.copyOf(quarters));
    }

    private static List<Via> oldVia(Rng rng, BigDecimal s171) {
        List<Via> via = new ArrayList<>();
        BigDecimal c = rng.rupees(25_000, 260_000, 1).min(Rupees.percent(s171, rng.between(12, 30)));
        BigDecimal cap = Rupees.rupees(150_000);
        via.add(new Via("80C", c, c.min(cap), c.min(cap)));
        if (rng.chance(0.35)) {
            BigDecimal nps = rng.rupees(10_000, 80_000, 500);
            BigDecimal q = nps.min(Rupees.rupees(50_000));
            via.add(new Via("80CCD(1B)", nps, q, q));
        }
        if (rng.chance(0.6)) {
            BigDecimal d = rng.rupees(6_000, 70_000, 1);
            BigDecimal q = d.min(Rupees.rupees(rng.chance(0.35) ? 75_000 : 25_000));
            via.add(new Via("80D", d, q, q));
        }
        if (rng.chance(0.12)) {
            BigDecimal e = rng.rupees(12_000, 110_000, 1);
            via.add(new Via("80E", e, e, e));
        }
        if (rng.chance(0.18)) {
            BigDecimal g = rng.rupees(1_000, 40_000, 500);
            BigDecimal half = g.divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN).setScale(2);
            via.add(new Via("80G", g, half, half));
        }
        if (rng.chance(0.35)) {
            BigDecimal tta = rng.rupees(500, 16_000, 1);
            BigDecimal q = tta.min(Rupees.rupees(10_000));
            via.add(new Via("80TTA", tta, q, q));
        }
        return via;
    }

    private static List<Via> newVia(Rng rng, BigDecimal s171) {
        List<Via> via = new ArrayList<>();
        if (rng.chance(0.4)) {
            BigDecimal emp = Rupees.percent(s171, rng.between(4, 10) * 0.4);
            via.add(new Via("80CCD(2)", emp, emp, emp));
        }
        return via;
    }

    private static List<Quarter> quarters(Rng rng, int fy, LocalDate from, LocalDate to, BigDecimal gross,
            BigDecimal tds) {
        List<Integer> active = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            LocalDate start = LocalDate.of(fy, 4, 1).plusMonths((q - 1) * 3L);
            LocalDate end = start.plusMonths(3).minusDays(1);
            if (!end.isBefore(from) && !start.isAfter(to)) {
                active.add(q);
            }
        }
        List<BigDecimal> paid = split(rng, gross, active.size());
        List<BigDecimal> deducted = split(rng, tds, active.size());
        List<Quarter> out = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            out.add(new Quarter("Q" + active.get(i), rng.letters(8), paid.get(i), deducted.get(i), deducted.get(i)));
        }
        return out;
    }

    private static List<BigDecimal> split(Rng rng, BigDecimal total, int n) {
        List<BigDecimal> parts = new ArrayList<>();
        BigDecimal left = total;
        for (int i = 0; i < n - 1; i++) {
            double share = (0.8 + rng.nextDouble() * 0.4) / (n - i);
            BigDecimal p = Rupees.whole(left.doubleValue() * share);
            parts.add(p);
            left = left.subtract(p);
        }
        parts.add(left);
        return parts;
    }
}
