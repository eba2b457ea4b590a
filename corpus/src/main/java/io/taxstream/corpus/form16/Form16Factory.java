package io.taxstream.corpus.form16;

import io.taxstream.corpus.data.Employer;
import io.taxstream.corpus.data.Person;
import io.taxstream.corpus.form16.Form16Data.Entry;
import io.taxstream.corpus.form16.Form16Data.Salary;
import io.taxstream.corpus.kit.IncomeTax;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Makes up a consistent Form 16: salary, exemptions, deductions, tax under either regime, and its TDS. */
public final class Form16Factory {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Form16Factory() {
    }

    public static Form16Data random(Rng rng) {
        int fy = rng.between(2020, 2024);
        Employer employer = Employer.random(rng);
        Person employee = Person.random(rng);
        LocalDate from = rng.chance(0.8) ? LocalDate.of(fy, 4, 1) : LocalDate.of(fy, rng.between(5, 10), rng.between(1, 28));
        LocalDate to = rng.chance(0.9) ? LocalDate.of(fy + 1, 3, 31) : LocalDate.of(fy + 1, rng.between(1, 2), 28);
        boolean newRegime = fy >= 2023 ? rng.chance(0.55) : rng.chance(0.25);
        Salary salary = salary(rng, fy, newRegime, months(from, to));
        List<Form16Data.Quarter> quarters = TdsSchedule.quarters(rng, from, to, salary.gross(), salary.netTaxPayable());
        List<Form16Data.Challan> challans = TdsSchedule.challans(rng, fy, from, to, quarters);
        LocalDate updated = LocalDate.of(fy + 1, rng.between(5, 6), rng.between(1, 28));
        return new Form16Data(employer, employee, fy, from, to, rng.letters(7), updated, updated.plusDays(rng.between(0, 9)),
                CitAddresses.of(employer.place(), rng), Person.random(rng).fullName(),
                rng.pickOf("Director - Finance", "Head - Payroll", "Authorised Signatory", "Manager HR Operations",
                        "Chief Financial Officer", "Company Secretary"),
                salary, quarters, challans);
    }

    private static int months(LocalDate from, LocalDate to) {
        return (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue() + 1;
    }

    private static Salary salary(Rng rng, int fy, boolean newRegime, int months) {
        double u = rng.nextDouble();
        BigDecimal monthly = BigDecimal.valueOf(45_000 + Math.round(275_000 * u * u / 500) * 500L).setScale(2);
        BigDecimal s171 = monthly.multiply(BigDecimal.valueOf(months)).add(rng.rupees(0, 90_000, 1));
        BigDecimal s172 = rng.chance(0.3) ? rng.rupees(2_000, 60_000, 1) : ZERO;
        BigDecimal s173 = rng.chance(0.1) ? rng.rupees(5_000, 150_000, 1) : ZERO;
        List<Entry> exemptions = new ArrayList<>();
        if (!newRegime) {
            BigDecimal hra = s171.multiply(BigDecimal.valueOf(rng.between(5, 18))).divide(BigDecimal.valueOf(100), 0,
                    RoundingMode.HALF_UP).setScale(2);
            exemptions.add(new Entry("HRA", hra, hra));
            if (rng.chance(0.35)) {
                BigDecimal lta = rng.rupees(10_000, 60_000, 1);
                exemptions.add(new Entry("LTA", lta, lta));
            }
            if (rng.chance(0.25)) {
                BigDecimal other = rng.rupees(2_400, 30_000, 1);
                exemptions.add(new Entry("OTHER", other, other));
            }
        }
        BigDecimal pt = newRegime ? ZERO : BigDecimal.valueOf(rng.pickOf(2_400, 2_500, 2_500, 2_400, 1_800, 0)).setScale(2);
        List<Entry> other = new ArrayList<>();
        if (!newRegime && s171.longValue() > 900_000 && rng.chance(0.3)) {
            BigDecimal loss = rng.rupees(20_000, 200_000, 1).negate();
            other.add(new Entry("HOUSE", loss, loss));
        }
        if (rng.chance(0.25)) {
            BigDecimal os = rng.rupees(1_000, 40_000, 1);
            other.add(new Entry("OTHER", os, os));
        }
        List<Entry> via = newRegime ? newRegimeVia(rng, s171) : oldRegimeVia(rng, s171);
        Salary draft = new Salary(newRegime, s171, s172, s173, exemptions, IncomeTax.standardDeduction(newRegime, fy),
                ZERO, pt, other, via, ZERO, ZERO, ZERO, ZERO, ZERO);
        while (draft.taxableIncome().signum() < 0 && via.size() > 1) {
            via.remove(via.size() - 1);
        }
        return withTax(draft, fy, rng);
    }

    private static List<Entry> oldRegimeVia(Rng rng, BigDecimal s171) {
        List<Entry> via = new ArrayList<>();
        BigDecimal c80 = rng.rupees(40_000, 240_000, 1);
        via.add(new Entry("80C", c80, c80.min(BigDecimal.valueOf(150_000).setScale(2))));
        via.add(new Entry("80CCC", ZERO, ZERO));
        via.add(new Entry("80CCD1", ZERO, ZERO));
        if (rng.chance(0.4)) {
            BigDecimal nps = rng.rupees(20_000, 75_000, 1000);
            via.add(new Entry("80CCD1B", nps, nps.min(BigDecimal.valueOf(50_000).setScale(2))));
        }
        if (rng.chance(0.2)) {
            BigDecimal emp = percent(s171, 4);
            via.add(new Entry("80CCD2", emp, emp));
        }
        if (rng.chance(0.7)) {
            BigDecimal d = rng.rupees(8_000, 60_000, 1);
            via.add(new Entry("80D", d, d.min(BigDecimal.valueOf(rng.chance(0.3) ? 50_000 : 25_000).setScale(2))));
        }
        if (rng.chance(0.15)) {
            BigDecimal e = rng.rupees(10_000, 90_000, 1);
            via.add(new Entry("80E", e, e));
        }
        if (rng.chance(0.2)) {
            BigDecimal g = rng.rupees(2_000, 30_000, 500);
            via.add(new Entry("80G", g, g.divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN).setScale(2)));
        }
        if (rng.chance(0.4)) {
            BigDecimal tta = rng.rupees(1_000, 18_000, 1);
            via.add(new Entry("80TTA", tta, tta.min(BigDecimal.valueOf(10_000).setScale(2))));
        }
        return via;
    }

    private static List<Entry> newRegimeVia(Rng rng, BigDecimal s171) {
        List<Entry> via = new ArrayList<>();
        if (rng.chance(0.35)) {
            BigDecimal emp = percent(s171, rng.between(3, 5));
            via.add(new Entry("80CCD2", emp, emp));
        }
        return via;
    }

    private static Salary withTax(Salary s, int fy, Rng rng) {
        BigDecimal income = s.taxableIncome().max(ZERO);
        BigDecimal tax = IncomeTax.slabTax(income, s.newRegime(), fy);
        BigDecimal rebate = IncomeTax.rebate(income, tax, s.newRegime(), fy);
        BigDecimal surcharge = TaxSlabs.surcharge(income, tax.subtract(rebate));
        BigDecimal cess = TaxSlabs.cess(tax.subtract(rebate).add(surcharge));
        BigDecimal relief = rng.chance(0.05) && tax.signum() > 0 ? rng.rupees(500, 3_000, 1).min(tax.subtract(rebate))
                : ZERO;
        return new Salary(s.newRegime(), s.s171(), s.s172(), s.s173(), s.exemptions(), s.standard(), s.entertainment(),
                s.professionalTax(), s.otherIncome(), s.chapterVia(), tax, rebate, surcharge, cess, relief);
    }

    private static BigDecimal percent(BigDecimal base, int pct) {
        return base.multiply(BigDecimal.valueOf(pct)).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .setScale(2);
    }
}
