package io.taxstream.corpus.holdout.payslip;

import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.data.Employer;
import io.taxstream.corpus.data.Ids;
import io.taxstream.corpus.holdout.kit.Cast;
import io.taxstream.corpus.holdout.payslip.MonthPay.Pay;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes up a month's pay: a structure of rates, proration for loss of pay, arrears when asked,
 * statutory deductions by state (PF on basic and DA, professional tax, ESI for the low-paid, TDS)
 * and the employer's own contributions.
 */
public final class MonthPays {

    private static final List<String> DESIGNATIONS = List.of("Associate Engineer", "Senior Associate",
            "Lead - Quality Assurance", "Officer Grade I", "Assistant Professor", "Shift Incharge",
            "Relationship Manager", "Staff Nurse", "Accounts Assistant", "Production Supervisor", "Branch Manager",
            "Data Engineer II", "Customer Support Executive", "Security Guard");
    private static final List<String> DEPARTMENTS = List.of("Technology", "Operations", "Academics", "Nursing",
            "Finance", "Plant Maintenance", "Retail Banking", "Customer Experience", "Security", "Supply Chain");

    private MonthPays() {
    }

    /**
     * @param arrears     whether some earnings carry arrears this month
     * @param psu         a public-sector style structure (basic + dearness allowance)
     * @param fixed30     whether every month is paid over 30 days
     */
    public static MonthPay random(Rng rng, boolean arrears, boolean psu, boolean fixed30) {
        Employer employer = Cast.employer(rng);
        Who employee = Cast.person(rng);
        YearMonth month = YearMonth.of(rng.between(2022, 2025), rng.between(1, 12));
        int days = fixed30 ? 30 : month.lengthOfMonth();
        BigDecimal lop = rng.chance(0.3) ? BigDecimal.valueOf(rng.between(1, 8)).divide(BigDecimal.valueOf(2), 1,
                RoundingMode.UNNECESSARY) : BigDecimal.ZERO;
        boolean low = !psu && rng.chance(0.2);
        BigDecimal monthly = low ? rng.rupees(12_500, 21_000, 50) : psu ? rng.rupees(32_000, 210_000, 10)
                : rng.rupees(26_000, 420_000, 50);
        boolean paise = rng.chance(0.4);
        int fyMonth = (month.getMonthValue() + 8) % 12 + 1;
        List<BigDecimal[]> rates = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        BigDecimal basic = Rupees.percent(monthly, psu ? 38 : low ? 55 : rng.between(32, 50));
        keys.add("BASIC");
        rates.add(new BigDecimal[] {basic});
        BigDecimal rest = monthly.subtract(basic);
        if (psu) {
            BigDecimal da = Rupees.percent(basic, rng.pickOf(42, 46, 50, 53));
            keys.add("DA");
            rates.add(new BigDecimal[] {da});
            rest = rest.subtract(da);
        }
        BigDecimal hra = Rupees.percent(basic, rng.pickOf(40, 50, 24, 16));
        keys.add("HRA");
        rates.add(new BigDecimal[] {hra});
        rest = rest.subtract(hra);
        for (String extra : List.of("CONVEYANCE", "MEDICAL", "CHILD_EDU", "LTA")) {
            BigDecimal v = switch (extra) {
                case "CONVEYANCE" -> Rupees.rupees(1_600);
                case "MEDICAL" -> Rupees.rupees(1_250);
                case "CHILD_EDU" -> Rupees.rupees(200);
                default -> Rupees.percent(basic, 8);
            };
            if (!low && rng.chance(0.35) && rest.compareTo(v.multiply(BigDecimal.valueOf(3))) > 0) {
                keys.add(extra);
                rates.add(new BigDecimal[] {v});
                rest = rest.subtract(v);
            }
        }
        if (rest.signum() > 0) {
            keys.add(psu ? "CCA" : low ? "OTHER" : "SPECIAL");
            rates.add(new BigDecimal[] {rest});
        }
        List<Pay> earnings = new ArrayList<>();
        boolean anyArrears = false;
        for (int i = 0; i < keys.size(); i++) {
            BigDecimal rate = rates.get(i)[0];
            BigDecimal earned = prorate(rate, days, lop, paise);
            BigDecimal arr = Rupees.ZERO;
            if (arrears && (keys.get(i).equals("BASIC") || keys.get(i).equals("HRA") || keys.get(i).equals("DA")
                    || rng.chance(0.3))) {
                arr = Rupees.percent(rate, rng.between(2, 9) * rng.between(1, 3));
                anyArrears = true;
            }
            earnings.add(new Pay(keys.get(i), rate, earned, arr, ytd(earned.add(arr), fyMonth, rng)));
        }
        if (arrears && !anyArrears) {
            Pay b = earnings.get(0);
            earnings.set(0, new Pay(b.key(), b.rate(), b.current(), Rupees.rupees(500), b.ytd().add(Rupees.rupees(500))));
        }
        if (low && rng.chance(0.5)) {
            BigDecimal ot = rng.rupees(300, 3_500, 1);
            earnings.add(new Pay("OVERTIME", Rupees.ZERO, ot, Rupees.ZERO, ytd(ot, fyMonth, rng)));
        }
        if (!low && rng.chance(0.15)) {
            BigDecimal inc = rng.rupees(2_000, 40_000, 500);
            earnings.add(new Pay("INCENTIVE", Rupees.ZERO, inc, Rupees.ZERO, ytd(inc, fyMonth, rng)));
        }
        BigDecimal gross = Rupees.sum(earnings.stream().map(Pay::amount).toList());
        BigDecimal pfBase = earnings.stream().filter(p -> p.key().equals("BASIC") || p.key().equals("DA"))
                .map(Pay::amount).reduce(Rupees.ZERO, BigDecimal::add);
        List<Pay> deductions = new ArrayList<>();
        BigDecimal pf = Rupees.percent(pfBase, 12);
        if (!psu && rng.chance(0.35)) {
            pf = pf.min(Rupees.rupees(1_800));
        }
        deductions.add(one("PF", pf, fyMonth, rng));
        if (low && gross.compareTo(Rupees.rupees(21_000)) <= 0) {
            deductions.add(one("ESI", gross.multiply(new BigDecimal("0.0075")).setScale(0, RoundingMode.CEILING)
                    .setScale(2), fyMonth, rng));
        }
        BigDecimal pt = professionalTax(employer.place().state(), month, gross);
        if (pt.signum() > 0) {
            deductions.add(one("PT", pt, fyMonth, rng));
        }
        BigDecimal annual = gross.multiply(BigDecimal.valueOf(12));
        if (annual.compareTo(Rupees.rupees(800_000)) > 0) {
            BigDecimal tds = annual.subtract(Rupees.rupees(750_000)).multiply(new BigDecimal("0.11"))
                    .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP).setScale(2);
            deductions.add(one("TDS", tds, fyMonth, rng));
        }
        if (rng.chance(0.12)) {
            deductions.add(one("VPF", Rupees.percent(pfBase, rng.between(2, 8)), fyMonth, rng));
        }
        if (rng.chance(0.15)) {
            deductions.add(one(rng.pickOf("CANTEEN", "GMC"), rng.rupees(150, 1_800, 10), fyMonth, rng));
        }
        if (rng.chance(0.1)) {
            deductions.add(one("ADVANCE", rng.rupees(1_000, 10_000, 500), fyMonth, rng));
        }
        List<Pay> employerSide = new ArrayList<>();
        employerSide.add(one("PF_ER", pf, fyMonth, rng));
        if (deductions.stream().anyMatch(p -> p.key().equals("ESI"))) {
            employerSide.add(one("ESI_ER", gross.multiply(new BigDecimal("0.0325")).setScale(0, RoundingMode.CEILING)
                    .setScale(2), fyMonth, rng));
        }
        if (rng.chance(0.5)) {
            employerSide.add(one("GRATUITY", Rupees.percent(pfBase, 4.81), fyMonth, rng));
        }
        Bank bank = Cast.bank(rng);
        String id = psu ? rng.number(6) : rng.pickOf("A" + rng.digits(5), rng.letters(2) + "-" + rng.digits(4),
                rng.number(5), "T" + rng.digits(6));
        return new MonthPay(employer, employee, id, rng.pick(DESIGNATIONS), rng.pick(DEPARTMENTS),
                rng.pickOf("L1", "L2", "M3", "E4", "S-II", "Band B"), rng.chance(0.85) ? Ids.uan(rng) : null,
                pfNumber(rng, employer), bank, Ids.account(rng, bank.accountDigits()),
                month.atDay(1).minusMonths(rng.between(1, 150)).withDayOfMonth(rng.between(1, 28)), month, days,
                lop, earnings, deductions, employerSide);
    }

    private static String pfNumber(Rng rng, Employer e) {
        String city = e.place().city().replace(" ", "").substring(0, 3).toUpperCase(java.util.Locale.ROOT);
        return rng.pickOf("OR", "MH", "GJ", "KN", "AP", "KR", "BR", "PB", "MP", "AS") + city + rng.digits(7)
                + "000" + rng.digits(7);
    }

    private static BigDecimal professionalTax(String state, YearMonth m, BigDecimal gross) {
        long g = gross.longValue();
        return switch (state) {
            case "Maharashtra" -> Rupees.rupees(g < 7_500 ? 0 : g < 10_000 ? 175 : m.getMonthValue() == 2 ? 300 : 200);
            case "Karnataka" -> Rupees.rupees(g < 25_000 ? 0 : 200);
            case "Gujarat" -> Rupees.rupees(g < 12_000 ? 0 : 200);
            case "Odisha", "Andhra Pradesh" -> Rupees.rupees(g < 20_000 ? 150 : 200);
            case "Assam" -> Rupees.rupees(g < 15_000 ? 150 : 208);
            case "Madhya Pradesh" -> Rupees.rupees(g < 18_750 ? 0 : m.getMonthValue() == 3 ? 212 : 208);
            case "Bihar" -> Rupees.rupees(g < 25_000 ? 0 : 208);
            case "Tamil Nadu" -> Rupees.rupees(m.getMonthValue() == 9 || m.getMonthValue() == 3 ? 1_250 : 0);
            case "Kerala" -> Rupees.rupees(m.getMonthValue() == 8 || m.getMonthValue() == 2 ? 1_250 : 0);
            case "Punjab" -> Rupees.rupees(200);
            default -> Rupees.ZERO;
        };
    }

    private static BigDecimal prorate(BigDecimal rate, int days, BigDecimal lop, boolean paise) {
        if (lop.signum() == 0) {
            return rate;
        }
        BigDecimal paid = BigDecimal.valueOf(days).subtract(lop);
        return rate.multiply(paid).divide(BigDecimal.valueOf(days), paise ? 2 : 0, RoundingMode.HALF_UP).setScale(2);
    }

    private static Pay one(String key, BigDecimal v, int fyMonth, Rng rng) {
        return new Pay(key, v, v, Rupees.ZERO, ytd(v, fyMonth, rng));
    }

    private static BigDecimal ytd(BigDecimal v, int fyMonth, Rng rng) {
        BigDecimal y = v.multiply(BigDecimal.valueOf(fyMonth));
        if (fyMonth > 1 && rng.chance(0.4)) {
            y = y.add(v.multiply(BigDecimal.valueOf(rng.between(1, 15))).divide(BigDecimal.valueOf(100), 0,
                    RoundingMode.HALF_UP));
        }
        return y.setScale(2, RoundingMode.HALF_UP);
    }
}
