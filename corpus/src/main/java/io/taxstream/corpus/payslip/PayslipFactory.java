package io.taxstream.corpus.payslip;

import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.data.Employer;
import io.taxstream.corpus.data.Ids;
import io.taxstream.corpus.data.Person;
import io.taxstream.corpus.payslip.PayslipData.Component;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Makes up a month's pay: a salary structure, loss-of-pay proration, statutory deductions by state. */
public final class PayslipFactory {

    private static final Set<String> NO_PROFESSIONAL_TAX = Set.of("Delhi", "Haryana", "Uttar Pradesh", "Rajasthan",
            "Chandigarh");
    private static final List<String> DESIGNATIONS = List.of("Software Engineer", "Senior Software Engineer",
            "Associate Consultant", "Team Lead", "Manager - Finance", "Executive - Accounts", "Sales Executive",
            "Assistant Manager", "Machine Operator", "Store Keeper", "HR Executive", "Data Analyst", "Technician Grade II",
            "Deputy Manager", "Quality Inspector", "Business Analyst");
    private static final List<String> DEPARTMENTS = List.of("Engineering", "Finance & Accounts", "Human Resources",
            "Sales", "Operations", "Production", "Quality", "IT Services", "Administration", "Marketing", "Stores");

    private PayslipFactory() {
    }

    public static PayslipData random(Rng rng) {
        Employer employer = Employer.random(rng);
        Person employee = Person.random(rng);
        YearMonth month = YearMonth.of(rng.between(2022, 2025), rng.between(1, 12));
        boolean lowPaid = rng.chance(0.2);
        BigDecimal monthlyGross = lowPaid ? rng.rupees(13_000, 21_000, 50) : rng.rupees(25_000, 350_000, 100);
        BigDecimal lop = rng.chance(0.2) ? BigDecimal.valueOf(rng.between(1, 6) * (rng.chance(0.3) ? 0.5 : 1.0)) : BigDecimal.ZERO;
        int fyMonth = (month.getMonthValue() + 8) % 12 + 1;
        List<Component> earnings = earnings(rng, monthlyGross, lowPaid, lop, month, fyMonth);
        BigDecimal basic = earnings.get(0).amount();
        BigDecimal gross = earnings.stream().map(Component::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Component> deductions = deductions(rng, employer, basic, gross, lowPaid, month, fyMonth);
        Bank bank = Bank.random(rng);
        return new PayslipData(employer, employee, employeeId(rng), rng.pick(DESIGNATIONS), rng.pick(DEPARTMENTS),
                rng.chance(0.85) ? Ids.uan(rng) : null, Ids.pfNumber(rng, employer.place()), bank,
                Ids.account(rng, bank.accountDigits()), LocalDate.of(month.getYear() - rng.between(0, 9),
                        rng.between(1, 12), rng.between(1, 28)), month, lop, earnings, deductions);
    }

    private static String employeeId(Rng rng) {
        return rng.pickOf(rng.letters(3) + rng.digits(5), "E" + rng.digits(6), rng.number(6), "EMP-" + rng.digits(4));
    }

    private static List<Component> earnings(Rng rng, BigDecimal gross, boolean lowPaid, BigDecimal lop, YearMonth m,
            int fyMonth) {
        BigDecimal basic = part(gross, lowPaid ? 60 : rng.between(35, 50));
        BigDecimal hra = part(basic, rng.pickOf(40, 50));
        List<Component> out = new ArrayList<>();
        BigDecimal rest = gross.subtract(basic).subtract(hra);
        out.add(c("BASIC", basic, fyMonth, rng));
        out.add(c("HRA", hra, fyMonth, rng));
        if (!lowPaid && rng.chance(0.6)) {
            out.add(c("CONVEYANCE", BigDecimal.valueOf(1600).setScale(2), fyMonth, rng));
            rest = rest.subtract(BigDecimal.valueOf(1600));
        }
        if (!lowPaid && rng.chance(0.4)) {
            out.add(c("MEDICAL", BigDecimal.valueOf(1250).setScale(2), fyMonth, rng));
            rest = rest.subtract(BigDecimal.valueOf(1250));
        }
        if (!lowPaid && rng.chance(0.3)) {
            BigDecimal lta = part(basic, 8);
            out.add(c("LTA", lta, fyMonth, rng));
            rest = rest.subtract(lta);
        }
        out.add(c(lowPaid ? "OTHER" : "SPECIAL", rest.max(BigDecimal.valueOf(500)).setScale(2), fyMonth, rng));
        prorate(out, lop, m.lengthOfMonth(), rng.chance(0.5));
        extras(rng, out, basic, lowPaid, fyMonth);
        return out;
    }

    private static void extras(Rng rng, List<Component> out, BigDecimal basic, boolean lowPaid, int fyMonth) {
        if (lowPaid && rng.chance(0.6)) {
            out.add(new Component("OVERTIME", rng.rupees(400, 4_000, 1), rng.rupees(4_000, 20_000, 1)));
        }
        if (rng.chance(0.12)) {
            out.add(new Component("BONUS", part(basic, rng.between(20, 100)), part(basic, rng.between(100, 200))));
        }
        if (rng.chance(0.1)) {
            BigDecimal arrears = rng.paise(500, 15_000);
            out.add(new Component("ARREARS", arrears, arrears));
        }
    }

    private static void prorate(List<Component> cs, BigDecimal lop, int days, boolean paise) {
        if (lop.signum() == 0) {
            return;
        }
        BigDecimal factor = BigDecimal.valueOf(days).subtract(lop).divide(BigDecimal.valueOf(days), 10, RoundingMode.HALF_UP);
        for (int i = 0; i < cs.size(); i++) {
            Component c = cs.get(i);
            BigDecimal v = c.amount().multiply(factor).setScale(paise ? 2 : 0, RoundingMode.HALF_UP).setScale(2);
            cs.set(i, new Component(c.key(), v, c.ytd().subtract(c.amount()).add(v)));
        }
    }

    private static List<Component> deductions(Rng rng, Employer employer, BigDecimal basic, BigDecimal gross,
            boolean lowPaid, YearMonth m, int fyMonth) {
        List<Component> out = new ArrayList<>();
        BigDecimal pf = part(basic, 12);
        if (rng.chance(0.4)) {
            pf = pf.min(BigDecimal.valueOf(1800).setScale(2));
        }
        out.add(c("PF", pf, fyMonth, rng));
        if (lowPaid) {
            out.add(c("ESI", gross.multiply(new BigDecimal("0.0075")).setScale(0, RoundingMode.CEILING).setScale(2), fyMonth, rng));
        }
        if (!NO_PROFESSIONAL_TAX.contains(employer.place().state())) {
            int pt = m.getMonthValue() == 2 && employer.place().state().equals("Maharashtra") ? 300
                    : employer.place().state().equals("Tamil Nadu") ? 208 : 200;
            out.add(c("PT", BigDecimal.valueOf(pt).setScale(2), fyMonth, rng));
        }
        BigDecimal annual = gross.multiply(BigDecimal.valueOf(12));
        if (annual.longValue() > 700_000) {
            BigDecimal tds = annual.subtract(BigDecimal.valueOf(700_000)).multiply(new BigDecimal("0.12"))
                    .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP).setScale(2);
            out.add(c("TDS", tds, fyMonth, rng));
        }
        if (rng.chance(0.15)) {
            out.add(c("VPF", part(basic, rng.between(2, 10)), fyMonth, rng));
        }
        if (rng.chance(0.15)) {
            out.add(c("LOAN", rng.rupees(1_000, 15_000, 100), fyMonth, rng));
        }
        if (rng.chance(0.2) && (m.getMonthValue() == 6 || m.getMonthValue() == 12 || rng.chance(0.3))) {
            out.add(new Component("LWF", BigDecimal.valueOf(rng.pickOf(12, 20, 25, 31)).setScale(2),
                    BigDecimal.valueOf(rng.pickOf(24, 40, 50, 62)).setScale(2)));
        }
        return out;
    }

    private static Component c(String key, BigDecimal amount, int fyMonth, Rng rng) {
        BigDecimal ytd = amount.multiply(BigDecimal.valueOf(fyMonth));
        if (fyMonth > 1 && rng.chance(0.3)) {
            ytd = ytd.subtract(amount.multiply(BigDecimal.valueOf(rng.between(1, 20))).divide(BigDecimal.valueOf(100), 0,
                    RoundingMode.HALF_UP));
        }
        return new Component(key, amount, ytd.setScale(2));
    }

    private static BigDecimal part(BigDecimal base, int pct) {
        return base.multiply(BigDecimal.valueOf(pct)).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).setScale(2);
    }
}
