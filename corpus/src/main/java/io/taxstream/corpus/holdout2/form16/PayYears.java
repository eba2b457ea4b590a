package io.taxstream.corpus.holdout2.form16;

import io.taxstream.corpus.data.Place;
import io.taxstream.corpus.holdout2.form16.PayYear.MonthPay;
import io.taxstream.corpus.holdout2.form16.PayYear.Quarter;
import io.taxstream.corpus.holdout2.form16.PayYear.Via;
import io.taxstream.corpus.holdout2.kit.Cast2;
import io.taxstream.corpus.kit.IncomeTax;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes up consistent years: month-wise pay, exemptions and Chapter VI-A as the regime allows,
 * tax by the year's slabs (age-wise for seniors in the old regime), and monthly TDS that adds up
 * to the quarters and the net tax.
 */
public final class PayYears {

    /** Who deducts. */
    public enum Kind { PRIVATE, GOVT, PENSION }

    private static final BigDecimal ZERO = Rupees.ZERO;
    private static final Map<String, Long> PT = Map.ofEntries(Map.entry("Maharashtra", 2_500L),
            Map.entry("Karnataka", 2_400L), Map.entry("West Bengal", 2_400L), Map.entry("Madhya Pradesh", 2_500L),
            Map.entry("Gujarat", 2_400L), Map.entry("Tamil Nadu", 2_500L), Map.entry("Kerala", 2_500L),
            Map.entry("Andhra Pradesh", 2_400L), Map.entry("Odisha", 2_500L), Map.entry("Jharkhand", 2_500L),
            Map.entry("Meghalaya", 2_496L));
    private static final List<String> GOVT_OFFICES = List.of(
            "Office of the Divisional Forest Officer", "Office of the Senior Superintendent of Post Offices",
            "Kendriya Vidyalaya Sangathan, Regional Office", "Office of the Executive Engineer, CPWD",
            "Office of the Principal Accountant General (A&E)", "Indian Council of Agricultural Research - Regional Station",
            "Office of the Commissioner of Central GST", "Office of the Deputy Director, Census Operations",
            "National Sample Survey Office (FOD), Regional Office", "Office of the Garrison Engineer (MES)");

    private PayYears() {
    }

    public static PayYear random(Rng rng, Kind kind) {
        int fy = rng.between(2021, 2025);
        Who employee = kind == Kind.PENSION ? Cast2.folk(rng, 1936, fy - 60) : Cast2.folk(rng, 1965, 2000);
        String deductor;
        Place.Address address;
        String tan;
        String pan;
        Place town;
        if (kind == Kind.PRIVATE) {
            Cast2.Firm f = Cast2.firm(rng);
            deductor = f.name();
            address = f.address();
            tan = f.tan();
            pan = f.pan();
            town = f.town();
        } else if (kind == Kind.GOVT) {
            town = Cast2.town(rng);
            deductor = rng.pick(GOVT_OFFICES) + ", " + town.city();
            address = Cast2.address(rng, town);
            tan = Cast2.tan(rng, town, deductor);
            pan = null;
        } else {
            town = Cast2.town(rng);
            deductor = rng.pick(Cast2.PSU_BILINGUAL)[0];
            address = Cast2.address(rng, town);
            tan = Cast2.tan(rng, town, deductor);
            pan = rng.letters(3) + "C" + deductor.charAt(0) + rng.number(4) + rng.letters(1);
        }
        boolean joined = kind == Kind.PRIVATE && rng.chance(0.2);
        boolean left = kind != Kind.PENSION && !joined && rng.chance(0.1);
        LocalDate from = joined ? LocalDate.of(fy, rng.between(5, 11), rng.pickOf(1, 1, 10, 16)) : LocalDate.of(fy, 4, 1);
        LocalDate to = left ? YearMonth.of(fy + 1, rng.between(1, 2)).atEndOfMonth() : LocalDate.of(fy + 1, 3, 31);
        boolean newRegime = switch (kind) {
            case PENSION -> rng.chance(fy >= 2023 ? 0.4 : 0.1);
            default -> fy >= 2023 ? rng.chance(0.6) : rng.chance(0.2);
        };
        double u = rng.nextDouble();
        long monthly = switch (kind) {
            case PENSION -> 18_000 + Math.round(95_000 * u) / 10 * 10;
            case GOVT -> 32_000 + Math.round(150_000 * u / 100) * 100L;
            case PRIVATE -> 25_000 + Math.round(260_000 * u * u / 100) * 100L;
        };
        BigDecimal extra = ZERO;
        PayYear y = null;
        for (int attempt = 0; attempt < 6; attempt++) {
            y = build(new Rng(rng.nextLong()), kind, fy, employee, deductor, address, tan, pan, town, from, to,
                    newRegime, monthly, extra);
            BigDecimal t = y.taxable();
            boolean band = newRegime && (fy == 2023 || fy == 2024) && t.compareTo(Rupees.rupees(700_000)) > 0
                    && t.compareTo(Rupees.rupees(740_000)) <= 0
                    || newRegime && fy >= 2025 && t.compareTo(Rupees.rupees(1_200_000)) > 0
                    && t.compareTo(Rupees.rupees(1_290_000)) <= 0;
            if (!band && t.signum() >= 0) {
                break;
            }
            extra = extra.add(Rupees.rupees(95_000));
        }
        return y;
    }

    private static PayYear build(Rng rng, Kind kind, int fy, Who employee, String deductor, Place.Address address,
            String tan, String pan, Place town, LocalDate from, LocalDate to, boolean newRegime, long monthly,
            BigDecimal extra) {
        List<MonthPay> months = months(rng, kind, from, to, monthly, extra);
        BigDecimal s171 = Rupees.sum(months.stream().map(MonthPay::total).toList());
        BigDecimal s172 = kind == Kind.PRIVATE && rng.chance(0.3) ? rng.rupees(2_400, 90_000, 1) : ZERO;
        BigDecimal s173 = kind == Kind.PRIVATE && rng.chance(0.1) ? rng.rupees(15_000, 150_000, 1) : ZERO;
        BigDecimal hra = ZERO;
        BigDecimal lta = ZERO;
        BigDecimal other = ZERO;
        BigDecimal pt = ZERO;
        BigDecimal house = ZERO;
        BigDecimal os = ZERO;
        if (!newRegime && kind != Kind.PENSION) {
            BigDecimal hraPaid = Rupees.sum(months.stream().map(m -> m.parts().get(1)).toList());
            hra = rng.chance(0.75) ? Rupees.percent(hraPaid, rng.between(35, 100)) : ZERO;
            lta = rng.chance(0.25) ? rng.rupees(6_000, 60_000, 1) : ZERO;
            other = kind == Kind.GOVT && rng.chance(0.4) ? Rupees.rupees(2_400 * rng.between(1, 2)) : ZERO;
            pt = Rupees.rupees(PT.getOrDefault(town.state(), 0L));
            if (s171.longValue() > 900_000 && rng.chance(0.3)) {
                house = rng.rupees(25_000, 200_000, 1).negate();
            }
        }
        if (kind == Kind.PENSION) {
            os = rng.rupees(20_000, 240_000, 1);
        } else if (rng.chance(0.2)) {
            os = rng.rupees(600, 40_000, 1);
        }
        BigDecimal standard = IncomeTax.standardDeduction(newRegime, fy);
        List<Via> via = newRegime ? newVia(rng, kind, s171) : oldVia(rng, kind, s171, os);
        boolean rounded = kind == Kind.PENSION || rng.chance(0.2);
        PayYear draft = assemble(rng, kind, fy, employee, deductor, address, tan, pan, from, to, newRegime, rounded,
                s171, s172, s173, hra, lta, other, standard, pt, house, os, via, ZERO, ZERO, ZERO, List.of(), months);
        while (draft.beforeRounding().signum() < 0 && !via.isEmpty()) {
            via.remove(via.size() - 1);
            draft = assemble(rng, kind, fy, employee, deductor, address, tan, pan, from, to, newRegime, rounded, s171,
                    s172, s173, hra, lta, other, standard, pt, house, os, via, ZERO, ZERO, ZERO, List.of(), months);
        }
        BigDecimal income = draft.taxable().max(ZERO);
        int age = employee.age(LocalDate.of(fy + 1, 3, 31));
        BigDecimal tax = IncomeTax.slabTax(income, newRegime, fy, age);
        BigDecimal rebate = IncomeTax.rebate(income, tax, newRegime, fy);
        BigDecimal cess = Rupees.whole(tax.subtract(rebate).doubleValue() * 0.04);
        BigDecimal net = tax.subtract(rebate).add(cess);
        List<Quarter> quarters = quarters(rng, fy, months, s172.add(s173), net, kind == Kind.GOVT);
        return assemble(rng, kind, fy, employee, deductor, address, tan, pan, from, to, newRegime, rounded, s171, s172,
                s173, hra, lta, other, standard, pt, house, os, via, tax, rebate, cess, quarters, months);
    }

    private static PayYear assemble(Rng rng, Kind kind, int fy, Who employee, String deductor,
            Place.Address address, String tan, String pan, LocalDate from, LocalDate to, boolean newRegime,
            boolean rounded, BigDecimal s171, BigDecimal s172, BigDecimal s173, BigDecimal hra, BigDecimal lta,
            BigDecimal other, BigDecimal standard, BigDecimal pt, BigDecimal house, BigDecimal os, List<Via> via,
            BigDecimal tax, BigDecimal rebate, BigDecimal cess, List<Quarter> quarters, List<MonthPay> months) {
        // identity fields come from a child generator so rebuilding never shifts the parent's sequence
        Rng ids = new Rng(tan.hashCode() * 131L + employee.pan().hashCode());
        LocalDate issued = LocalDate.of(fy + 1, ids.between(5, 6), ids.between(2, 28));
        String designation = switch (kind) {
            case PENSION -> "Pensioner";
            case GOVT -> ids.pickOf("Senior Auditor", "Assistant Section Officer", "Upper Division Clerk",
                    "Postal Assistant", "Trained Graduate Teacher", "Junior Engineer (Civil)", "Tax Assistant",
                    "Forest Range Officer", "Stenographer Grade II");
            case PRIVATE -> ids.pickOf("Deputy Manager - Accounts", "Sales Officer", "Senior Software Engineer",
                    "Shift Engineer", "Quality Inspector", "Assistant Professor", "Staff Nurse", "HR Executive",
                    "Area Manager", "Lab Technician");
        };
        String ref = switch (kind) {
            case PENSION -> "PPO " + ids.number(12);
            case GOVT -> ids.letters(2) + ids.number(6);
            case PRIVATE -> ids.pickOf("E", "EMP", "", "TS") + ids.number(5);
        };
        String signatory = Cast2.folk(ids).natural();
        String role = switch (kind) {
            case PENSION -> "Chief Manager (CPPC)";
            case GOVT -> ids.pickOf("Drawing and Disbursing Officer", "Pay & Accounts Officer", "Head of Office");
            case PRIVATE -> ids.pickOf("Manager - Payroll", "Chief Financial Officer", "Authorised Signatory",
                    "Director", "Partner");
        };
        return new PayYear(deductor, address, tan, pan, employee, designation, ref, fy, from, to, ids.letters(7),
                issued, signatory, role, newRegime, rounded, s171, s172, s173, hra, lta, other, standard, pt, house,
                os, List.copyOf(via), tax, rebate, cess, List.copyOf(quarters), List.copyOf(months));
    }

    private static List<MonthPay> months(Rng rng, Kind kind, LocalDate from, LocalDate to, long monthly,
            BigDecimal extra) {
        List<MonthPay> out = new ArrayList<>();
        BigDecimal m = Rupees.rupees(monthly);
        BigDecimal basic = Rupees.percent(m, rng.between(40, 55));
        BigDecimal hra = kind == Kind.PENSION ? ZERO : Rupees.percent(basic, rng.pickOf(40, 50, 24, 16));
        BigDecimal conv = kind == Kind.PENSION ? ZERO : Rupees.rupees(rng.pickOf(1_600L, 0L, 1_600L, 3_200L));
        BigDecimal special = m.subtract(basic).subtract(hra).subtract(conv);
        int bonusMonth = rng.between(0, 11);
        int raiseMonth = rng.between(3, 9);
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        int i = 0;
        for (YearMonth ym = first; !ym.isAfter(last); ym = ym.plusMonths(1), i++) {
            double share = 1.0;
            if (ym.equals(first) && from.getDayOfMonth() > 1) {
                share = (ym.lengthOfMonth() - from.getDayOfMonth() + 1) / (double) ym.lengthOfMonth();
            }
            double raise = i >= raiseMonth && kind != Kind.PENSION ? 1.04 : 1.0;
            BigDecimal b = Rupees.whole(basic.doubleValue() * share * raise);
            BigDecimal h = Rupees.whole(hra.doubleValue() * share * raise);
            BigDecimal c = Rupees.whole(conv.doubleValue() * share);
            BigDecimal s = Rupees.whole(special.doubleValue() * share * raise);
            BigDecimal bonus = ZERO;
            if (kind == Kind.PRIVATE && i == bonusMonth % Math.max(1, monthsBetween(first, last))) {
                bonus = rng.rupees(5_000, Math.max(6_000, monthly * 2), 1);
            }
            if (ym.equals(last)) {
                bonus = bonus.add(extra);
            }
            out.add(new MonthPay(ym, List.of(b, h, c, s, bonus)));
        }
        return out;
    }

    private static int monthsBetween(YearMonth a, YearMonth b) {
        return (b.getYear() - a.getYear()) * 12 + b.getMonthValue() - a.getMonthValue() + 1;
    }

    private static List<Via> oldVia(Rng rng, Kind kind, BigDecimal s171, BigDecimal os) {
        List<Via> via = new ArrayList<>();
        BigDecimal cap = Rupees.rupees(150_000);
        if (kind != Kind.PENSION || rng.chance(0.6)) {
            BigDecimal c = rng.rupees(20_000, 240_000, 1).min(Rupees.percent(s171, rng.between(10, 30)));
            via.add(new Via("80C", c, c.min(cap)));
        }
        if (kind == Kind.GOVT) {
            BigDecimal emp = Rupees.percent(s171, rng.between(7, 9));
            via.add(new Via("80CCD(2)", emp, emp));
        }
        if (kind != Kind.PENSION && rng.chance(0.3)) {
            BigDecimal nps = rng.rupees(12_000, 75_000, 1_000);
            via.add(new Via("80CCD(1B)", nps, nps.min(Rupees.rupees(50_000))));
        }
        if (rng.chance(kind == Kind.PENSION ? 0.8 : 0.55)) {
            BigDecimal d = rng.rupees(8_000, 80_000, 1);
            via.add(new Via("80D", d, d.min(Rupees.rupees(kind == Kind.PENSION || rng.chance(0.3) ? 50_000 : 25_000))));
        }
        if (kind == Kind.PENSION) {
            via.add(new Via("80TTB", os, os.min(Rupees.rupees(50_000))));
        } else if (rng.chance(0.3)) {
            BigDecimal tta = rng.rupees(400, 14_000, 1);
            via.add(new Via("80TTA", tta, tta.min(Rupees.rupees(10_000))));
        }
        if (rng.chance(0.1)) {
            BigDecimal g = rng.rupees(2_000, 30_000, 500);
            via.add(new Via("80G", g, g.divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN).setScale(2)));
        }
        return via;
    }

    private static List<Via> newVia(Rng rng, Kind kind, BigDecimal s171) {
        List<Via> via = new ArrayList<>();
        if (kind == Kind.GOVT || kind == Kind.PRIVATE && rng.chance(0.3)) {
            BigDecimal emp = Rupees.percent(s171, kind == Kind.GOVT ? rng.between(7, 9) : rng.between(3, 5));
            via.add(new Via("80CCD(2)", emp, emp));
        }
        return via;
    }

    /** Quarters from the months in the period; TDS spread over the months, the last absorbing the rest. */
    private static List<Quarter> quarters(Rng rng, int fy, List<MonthPay> months, BigDecimal perqs, BigDecimal tds,
            boolean govt) {
        int n = months.size();
        List<BigDecimal> monthTax = new ArrayList<>();
        BigDecimal left = tds;
        for (int i = 0; i < n; i++) {
            BigDecimal t;
            if (i == n - 1) {
                t = left;
            } else {
                double share = (0.7 + rng.nextDouble() * 0.5) / (n - i);
                t = Rupees.whole(left.doubleValue() * share).min(left);
            }
            monthTax.add(t);
            left = left.subtract(t);
        }
        List<Quarter> out = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            List<BigDecimal> qt = new ArrayList<>();
            List<BigDecimal> qp = new ArrayList<>();
            List<YearMonth> names = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                YearMonth ym = months.get(i).month();
                int quarter = ym.getMonthValue() >= 4 ? (ym.getMonthValue() - 4) / 3 + 1 : 4;
                if (quarter == q) {
                    BigDecimal paid = months.get(i).total();
                    if (i == n - 1) {
                        paid = paid.add(perqs);
                    }
                    qt.add(monthTax.get(i));
                    qp.add(paid);
                    names.add(ym);
                }
            }
            if (!names.isEmpty()) {
                BigDecimal d = Rupees.sum(qt);
                String receipt = govt ? rng.letters(4) + rng.digits(4) : rng.letters(8);
                out.add(new Quarter("Q" + q, receipt, Rupees.sum(qp), d, d, List.copyOf(qt), List.copyOf(qp),
                        List.copyOf(names)));
            }
        }
        return out;
    }
}
