package io.taxstream.corpus.holdout.interest;

import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.data.Ids;
import io.taxstream.corpus.holdout.interest.DepositYear.Deposit;
import io.taxstream.corpus.holdout.kit.Cast;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes up a depositor's year: deposits opened before or during the year, some maturing in it,
 * interest accruing by quarter while the deposit runs, and TDS at 10% per quarter once the
 * year's term-deposit interest crosses the threshold (none with Form 15G/15H).
 */
public final class DepositYears {

    private DepositYears() {
    }

    public static DepositYear random(Rng rng, Bank bank, List<String> types, int count, boolean form15) {
        Who who = Cast.person(rng);
        int fy = rng.between(2020, 2024);
        LocalDate fyFrom = LocalDate.of(fy, 4, 1);
        List<Deposit> raw = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String type = rng.pick(types);
            boolean savings = type.equals("SB");
            BigDecimal principal = savings ? rng.paise(10_000, 600_000) : type.equals("RD")
                    ? rng.rupees(24_000, 360_000, 1_000) : rng.rupees(25_000, 2_500_000, 1_000);
            BigDecimal rate = savings ? new BigDecimal(rng.pickOf("2.70", "3.00", "3.50"))
                    : BigDecimal.valueOf(rng.between(525, 825), 2);
            LocalDate opened = rng.chance(0.35) ? fyFrom.plusDays(rng.between(0, 300))
                    : fyFrom.minusDays(rng.between(30, 1500));
            LocalDate maturity = savings ? null : opened.plusMonths(rng.pickOf(12, 24, 36, 60, 13, 18));
            if (maturity != null && maturity.isBefore(fyFrom.plusDays(30))) {
                maturity = fyFrom.plusDays(rng.between(30, 700));
            }
            List<BigDecimal> q = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                LocalDate qs = fyFrom.plusMonths(3L * k);
                LocalDate qe = qs.plusMonths(3).minusDays(1);
                LocalDate s = opened.isAfter(qs) ? opened : qs;
                LocalDate e = maturity != null && maturity.isBefore(qe) ? maturity : qe;
                long days = e.toEpochDay() - s.toEpochDay() + 1;
                if (days <= 0) {
                    q.add(Rupees.ZERO);
                } else {
                    q.add(principal.multiply(rate).multiply(BigDecimal.valueOf(days))
                            .divide(BigDecimal.valueOf(36_500), 2, RoundingMode.HALF_UP));
                }
            }
            raw.add(new Deposit(Ids.account(rng, bank.accountDigits()), type, principal, rate, opened, maturity, q,
                    List.of(Rupees.ZERO, Rupees.ZERO, Rupees.ZERO, Rupees.ZERO)));
        }
        BigDecimal term = Rupees.sum(raw.stream().filter(d -> !d.type().equals("SB")).map(Deposit::interest)
                .toList());
        List<Deposit> deposits = new ArrayList<>();
        for (Deposit d : raw) {
            if (!form15 && !d.type().equals("SB") && term.compareTo(Rupees.rupees(40_000)) > 0) {
                List<BigDecimal> tds = d.quarters().stream().map(v -> v.divide(BigDecimal.TEN, 0, RoundingMode.HALF_UP)
                        .setScale(2)).toList();
                deposits.add(new Deposit(d.account(), d.type(), d.principal(), d.rate(), d.opened(), d.maturity(),
                        d.quarters(), tds));
            } else {
                deposits.add(d);
            }
        }
        return new DepositYear(Cast.branch(rng, bank, who.place()), who, rng.number(9), fy, deposits,
                LocalDate.of(fy + 1, rng.between(4, 8), rng.between(1, 28)), form15);
    }
}
