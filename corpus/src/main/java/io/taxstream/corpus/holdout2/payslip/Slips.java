package io.taxstream.corpus.holdout2.payslip;

import io.taxstream.corpus.data.Ids;
import io.taxstream.corpus.holdout2.kit.Cast2;
import io.taxstream.corpus.holdout2.payslip.Slip.Comp;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes up months of pay for three kinds of payroll: an office's monthly-rated staff, a
 * contractor's daily-rated workers (basic and VDA by the day, overtime, ESI), and an institution's
 * teaching and non-teaching staff (basic, DA, HRA, CCA, TA; LIC and society loan recoveries).
 * Professional tax follows the state's monthly slab; PF is 12% of basic (and DA) or of the
 * Rs. 15,000 ceiling.
 */
public final class Slips {

    /** Kinds of payroll. */
    public enum Kind { OFFICE, WAGE, INSTITUTION }

    private static final BigDecimal ZERO = Rupees.ZERO;

    private Slips() {
    }

    public static Slip random(Rng rng, Kind kind) {
        Cast2.Firm firm = Cast2.firm(rng);
        Who employee = Cast2.folk(rng, 1968, 2003);
        YearMonth month = YearMonth.of(rng.between(2022, 2025), rng.between(1, 12));
        int monthDays = kind == Kind.WAGE || rng.chance(0.6) ? month.lengthOfMonth() : 30;
        BigDecimal paid = BigDecimal.valueOf(monthDays);
        if (kind == Kind.WAGE) {
            paid = BigDecimal.valueOf(rng.between(Math.max(18, monthDays - 9), monthDays - 4));
        } else if (rng.chance(0.3)) {
            paid = paid.subtract(BigDecimal.valueOf(rng.between(1, 6)).subtract(rng.chance(0.3)
                    ? new BigDecimal("0.5") : BigDecimal.ZERO));
        }
        double share = paid.doubleValue() / monthDays;
        List<Comp> earn = new ArrayList<>();
        List<Comp> ded = new ArrayList<>();
        BigDecimal dailyRate = null;
        BigDecimal pfWage;
        switch (kind) {
            case WAGE -> {
                BigDecimal basicDay = rng.rupees(330, 720, 1);
                BigDecimal vdaDay = rng.rupees(40, 180, 1);
                dailyRate = basicDay.add(vdaDay);
                BigDecimal basic = basicDay.multiply(paid).setScale(2);
                BigDecimal vda = vdaDay.multiply(paid).setScale(2);
                earn.add(new Comp("BASIC", basicDay, basic));
                earn.add(new Comp("VDA", vdaDay, vda));
                earn.add(new Comp("HRA", ZERO, Rupees.percent(basic.add(vda), 5)));
                if (rng.chance(0.6)) {
                    BigDecimal hours = BigDecimal.valueOf(rng.between(4, 40));
                    BigDecimal ot = dailyRate.multiply(BigDecimal.valueOf(2)).multiply(hours)
                            .divide(BigDecimal.valueOf(8), 0, RoundingMode.HALF_UP).setScale(2);
                    earn.add(new Comp("OT", hours, ot));
                }
                if (rng.chance(0.4)) {
                    earn.add(new Comp("ATTN", ZERO, Rupees.rupees(rng.pickOf(300L, 500L, 250L))));
                }
                pfWage = basic.add(vda);
            }
            case INSTITUTION -> {
                BigDecimal basicRate = rng.rupees(18_000, 95_000, 100);
                BigDecimal basic = prorate(basicRate, share);
                int daPct = rng.pickOf(38, 42, 46, 50, 53);
                BigDecimal daRate = Rupees.percent(basicRate, daPct);
                earn.add(new Comp("BASIC", basicRate, basic));
                earn.add(new Comp("DA", daRate, prorate(daRate, share)));
                BigDecimal hraRate = Rupees.percent(basicRate, rng.pickOf(8, 16, 24, 10, 20));
                earn.add(new Comp("HRA", hraRate, prorate(hraRate, share)));
                if (rng.chance(0.5)) {
                    BigDecimal cca = Rupees.rupees(rng.pickOf(300L, 600L, 900L));
                    earn.add(new Comp("CCA", cca, prorate(cca, share)));
                }
                BigDecimal ta = Rupees.rupees(rng.pickOf(1_350L, 1_800L, 2_700L, 3_600L));
                earn.add(new Comp("TA", ta, prorate(ta, share)));
                if (rng.chance(0.3)) {
                    BigDecimal spl = rng.rupees(500, 6_000, 50);
                    earn.add(new Comp("SPECIAL", spl, prorate(spl, share)));
                }
                pfWage = basic.add(earn.get(1).amount());
            }
            default -> {
                double u = rng.nextDouble();
                BigDecimal ctc = Rupees.rupees(18_000 + Math.round(220_000 * u * u / 100) * 100L);
                BigDecimal basicRate = Rupees.percent(ctc, rng.between(35, 50));
                BigDecimal basic = prorate(basicRate, share);
                earn.add(new Comp("BASIC", basicRate, basic));
                BigDecimal hraRate = Rupees.percent(basicRate, rng.pickOf(40, 50));
                earn.add(new Comp("HRA", hraRate, prorate(hraRate, share)));
                BigDecimal rest = ctc.subtract(basicRate).subtract(hraRate);
                if (rng.chance(0.5)) {
                    BigDecimal conv = Rupees.rupees(1_600).min(rest);
                    earn.add(new Comp("CONV", conv, prorate(conv, share)));
                    rest = rest.subtract(conv);
                }
                if (rng.chance(0.4) && rest.compareTo(Rupees.rupees(1_250)) > 0) {
                    BigDecimal med = Rupees.rupees(1_250);
                    earn.add(new Comp("MEDICAL", med, prorate(med, share)));
                    rest = rest.subtract(med);
                }
                if (rest.signum() > 0) {
                    earn.add(new Comp("SPECIAL", rest, prorate(rest, share)));
                }
                if (rng.chance(0.2)) {
                    BigDecimal bonus = rng.rupees(1_000, 25_000, 100);
                    earn.add(new Comp("BONUS", bonus, bonus));
                }
                pfWage = basic;
            }
        }
        BigDecimal gross = Rupees.sum(earn.stream().map(Comp::amount).toList());
        boolean ceiling = kind != Kind.WAGE && rng.chance(0.5);
        BigDecimal pf = Rupees.percent(ceiling ? pfWage.min(Rupees.rupees(15_000)) : pfWage, 12);
        ded.add(new Comp("PF", pf, pf));
        String esi = null;
        if (gross.compareTo(Rupees.rupees(21_000)) <= 0) {
            BigDecimal e = gross.multiply(new BigDecimal("0.0075")).setScale(0, RoundingMode.CEILING).setScale(2);
            ded.add(new Comp("ESI", e, e));
            esi = rng.number(10);
        }
        BigDecimal pt = professionalTax(firm.town().state(), gross, month, employee.female());
        if (pt.signum() > 0) {
            ded.add(new Comp("PT", pt, pt));
        }
        if (gross.compareTo(Rupees.rupees(65_000)) > 0) {
            BigDecimal tds = Rupees.whole(gross.doubleValue() * (0.03 + rng.nextDouble() * 0.12));
            ded.add(new Comp("TDS", tds, tds));
        }
        if (kind == Kind.INSTITUTION && rng.chance(0.5)) {
            BigDecimal lic = rng.rupees(600, 6_000, 1);
            ded.add(new Comp("LIC", lic, lic));
        }
        if (kind == Kind.INSTITUTION && rng.chance(0.4)) {
            BigDecimal loan = rng.rupees(1_000, 8_000, 100);
            ded.add(new Comp("LOAN", loan, loan));
        }
        if (kind == Kind.WAGE && rng.chance(0.4)) {
            BigDecimal adv = rng.rupees(500, 3_000, 100);
            ded.add(new Comp("ADVANCE", adv, adv));
        }
        if (kind == Kind.WAGE && rng.chance(0.5)) {
            BigDecimal canteen = rng.rupees(150, 900, 10);
            ded.add(new Comp("CANTEEN", canteen, canteen));
        }
        if (kind != Kind.INSTITUTION && rng.chance(0.12)) {
            BigDecimal lwf = Rupees.rupees(rng.pickOf(12L, 25L, 6L));
            ded.add(new Comp("LWF", lwf, lwf));
        }
        LocalDate joined = LocalDate.of(rng.between(2004, month.getYear() - 1), rng.between(1, 12), rng.between(1, 28));
        String id = switch (kind) {
            case WAGE -> String.valueOf(rng.between(100, 9999));
            case INSTITUTION -> rng.pickOf("T", "NT", "S") + "/" + rng.between(10, 999);
            case OFFICE -> rng.pickOf("", "E", "V", "HO") + rng.number(rng.between(4, 6));
        };
        String designation = switch (kind) {
            case WAGE -> rng.pickOf("Helper", "Housekeeping Attendant", "Security Guard", "Machine Operator",
                    "Loader", "Electrician (Semi-skilled)", "Canteen Boy", "Fitter (Skilled)");
            case INSTITUTION -> rng.pickOf("Assistant Teacher", "PGT (Physics)", "TGT (English)", "Librarian",
                    "Office Superintendent", "Lab Assistant", "Assistant Professor", "Accountant");
            case OFFICE -> rng.pickOf("Executive - Accounts", "Sales Officer", "Senior Analyst", "Team Lead",
                    "Purchase Officer", "Production Supervisor", "Customer Care Executive", "Medical Representative");
        };
        String dept = switch (kind) {
            case WAGE -> rng.pickOf("Housekeeping", "Security", "Production", "Stores", "Canteen");
            case INSTITUTION -> rng.pickOf("Teaching", "Non-Teaching", "Science", "Administration", "Commerce");
            case OFFICE -> rng.pickOf("Finance", "Sales", "Operations", "IT", "HR & Admin", "Quality", "Marketing");
        };
        String bank = rng.pick(Cast2.BANKS).name();
        String pfNo = rng.letters(2) + "/" + rng.letters(3) + "/" + rng.digits(7) + "/000/" + rng.digits(7);
        return new Slip(firm, employee, id, designation, dept, joined, Ids.uan(rng), pfNo, esi, bank,
                rng.number(rng.between(11, 15)), month, monthDays, paid, dailyRate, List.copyOf(earn), List.copyOf(ded));
    }

    private static BigDecimal prorate(BigDecimal rate, double share) {
        return Rupees.whole(rate.doubleValue() * share);
    }

    /** Monthly professional tax by the state's slab (Maharashtra's February instalment is larger). */
    static BigDecimal professionalTax(String state, BigDecimal gross, YearMonth month, boolean female) {
        double g = gross.doubleValue();
        long pt = switch (state) {
            case "Maharashtra" -> g > 10_000 && !(female && g <= 25_000) ? (month.getMonthValue() == 2 ? 300 : 200)
                    : g > 7_500 && !female ? 175 : 0;
            case "Karnataka" -> g >= 25_000 ? 200 : 0;
            case "West Bengal" -> g > 40_000 ? 200 : g > 25_000 ? 150 : g > 15_000 ? 130 : g > 10_000 ? 110 : 0;
            case "Madhya Pradesh" -> g > 18_750 ? (month.getMonthValue() == 3 ? 212 : 208) : g > 12_500 ? 125 : 0;
            case "Gujarat" -> g >= 12_000 ? 200 : 0;
            case "Andhra Pradesh" -> g > 20_000 ? 200 : g > 15_000 ? 150 : 0;
            case "Odisha" -> g > 13_333 ? (month.getMonthValue() == 2 ? 300 : 200) : 0;
            case "Jharkhand" -> g > 41_666 ? 208 : g > 33_333 ? 166 : g > 25_000 ? 125 : 0;
            case "Meghalaya" -> g > 25_000 ? 208 : g > 12_500 ? 100 : 0;
            default -> 0;
        };
        return Rupees.rupees(pt);
    }
}
