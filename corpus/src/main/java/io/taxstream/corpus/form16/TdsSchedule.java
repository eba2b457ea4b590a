package io.taxstream.corpus.form16;

import io.taxstream.corpus.form16.Form16Data.Challan;
import io.taxstream.corpus.form16.Form16Data.Quarter;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Spreads a year's salary and TDS over quarters and monthly challans that add up exactly. */
final class TdsSchedule {

    private TdsSchedule() {
    }

    static List<Quarter> quarters(Rng rng, LocalDate from, LocalDate to, BigDecimal gross, BigDecimal tds) {
        List<Integer> active = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            if (overlaps(q, from, to)) {
                active.add(q);
            }
        }
        List<BigDecimal> paid = split(gross, active.size(), rng);
        List<BigDecimal> deducted = split(tds, active.size(), rng);
        List<Quarter> out = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            out.add(new Quarter("Q" + active.get(i), rng.letters(8), paid.get(i), deducted.get(i), deducted.get(i)));
        }
        return out;
    }

    static List<Challan> challans(Rng rng, int fy, LocalDate from, LocalDate to, List<Quarter> quarters) {
        List<Challan> out = new ArrayList<>();
        String bsr = rng.number(7);
        for (Quarter q : quarters) {
            int qn = q.name().charAt(1) - '0';
            List<BigDecimal> months = split(q.deducted(), 3, rng);
            for (int m = 0; m < 3; m++) {
                LocalDate monthEnd = LocalDate.of(fy, 4, 1).plusMonths((qn - 1) * 3L + m);
                if (monthEnd.isBefore(from.withDayOfMonth(1)) || monthEnd.isAfter(to)) {
                    continue;
                }
                LocalDate deposit = monthEnd.plusMonths(1).withDayOfMonth(rng.between(2, 7));
                out.add(new Challan(months.get(m), rng.chance(0.85) ? bsr : rng.number(7), deposit, rng.number(5)));
            }
        }
        // nothing deducted in a month means no challan for it
        return mergeSkipped(out, quarters).stream().filter(c -> c.amount().signum() > 0).toList();
    }

    /** When months were skipped the challans of a quarter must still add up to its tax. */
    private static List<Challan> mergeSkipped(List<Challan> challans, List<Quarter> quarters) {
        BigDecimal want = quarters.stream().map(Quarter::deducted).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal have = challans.stream().map(Challan::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (challans.isEmpty() || want.compareTo(have) == 0) {
            return challans;
        }
        Challan last = challans.get(challans.size() - 1);
        challans.set(challans.size() - 1, new Challan(last.amount().add(want.subtract(have)), last.bsr(), last.date(),
                last.serial()));
        return challans;
    }

    private static boolean overlaps(int q, LocalDate from, LocalDate to) {
        LocalDate start = LocalDate.of(from.getMonthValue() >= 4 ? from.getYear() : from.getYear() - 1, 4, 1)
                .plusMonths((q - 1) * 3L);
        LocalDate end = start.plusMonths(3).minusDays(1);
        return !end.isBefore(from) && !start.isAfter(to);
    }

    /** Splits a whole-rupee total into n whole-rupee parts of roughly equal size. */
    static List<BigDecimal> split(BigDecimal total, int n, Rng rng) {
        List<BigDecimal> parts = new ArrayList<>();
        BigDecimal remaining = total;
        for (int i = 0; i < n - 1; i++) {
            double share = 1.0 / (n - i) * (0.85 + rng.nextDouble() * 0.3);
            BigDecimal part = remaining.multiply(BigDecimal.valueOf(share)).setScale(0, RoundingMode.HALF_UP).setScale(2);
            parts.add(part);
            remaining = remaining.subtract(part);
        }
        parts.add(remaining);
        return parts;
    }
}
