package io.taxstream.corpus.kit;

import java.math.BigDecimal;

/**
 * Income tax of an individual: the slabs of each regime and year, the section 87A rebate and the
 * standard deduction.
 */
public final class IncomeTax {

    private IncomeTax() {
    }

    /** Tax on total income of an individual below 60, in whole rupees. */
    public static BigDecimal slabTax(BigDecimal income, boolean newRegime, int fy) {
        return slabTax(income, newRegime, fy, 0);
    }

    /** Tax on total income by the year's slabs, in whole rupees; the old regime exempts more for seniors. */
    public static BigDecimal slabTax(BigDecimal income, boolean newRegime, int fy, int age) {
        long[][] slabs;
        if (!newRegime) {
            long free = age >= 80 ? 500_000 : age >= 60 ? 300_000 : 250_000;
            slabs = new long[][] {{free, 500_000, 5}, {500_000, 1_000_000, 20}, {1_000_000, Long.MAX_VALUE, 30}};
        } else if (fy >= 2025) {
            slabs = new long[][] {{400_000, 800_000, 5}, {800_000, 1_200_000, 10}, {1_200_000, 1_600_000, 15},
                {1_600_000, 2_000_000, 20}, {2_000_000, 2_400_000, 25}, {2_400_000, Long.MAX_VALUE, 30}};
        } else if (fy == 2024) {
            slabs = new long[][] {{300_000, 700_000, 5}, {700_000, 1_000_000, 10}, {1_000_000, 1_200_000, 15},
                {1_200_000, 1_500_000, 20}, {1_500_000, Long.MAX_VALUE, 30}};
        } else if (fy == 2023) {
            slabs = new long[][] {{300_000, 600_000, 5}, {600_000, 900_000, 10}, {900_000, 1_200_000, 15},
                {1_200_000, 1_500_000, 20}, {1_500_000, Long.MAX_VALUE, 30}};
        } else {
            slabs = new long[][] {{250_000, 500_000, 5}, {500_000, 750_000, 10}, {750_000, 1_000_000, 15},
                {1_000_000, 1_250_000, 20}, {1_250_000, 1_500_000, 25}, {1_500_000, Long.MAX_VALUE, 30}};
        }
        double ti = income.doubleValue();
        double tax = 0;
        for (long[] s : slabs) {
            if (ti > s[0]) {
                tax += (Math.min(ti, s[1]) - s[0]) * s[2] / 100.0;
            }
        }
        return Rupees.whole(tax);
    }

    /** The 87A rebate: the whole tax up to a cap when income is not above the limit. */
    public static BigDecimal rebate(BigDecimal income, BigDecimal tax, boolean newRegime, int fy) {
        long limit;
        long cap;
        if (newRegime && fy >= 2025) {
            limit = 1_200_000;
            cap = 60_000;
        } else if (newRegime && fy >= 2023) {
            limit = 700_000;
            cap = 25_000;
        } else {
            limit = 500_000;
            cap = 12_500;
        }
        return income.compareTo(Rupees.rupees(limit)) > 0 ? Rupees.ZERO : tax.min(Rupees.rupees(cap));
    }

    /** The standard deduction u/s 16(ia) of the regime and year. */
    public static BigDecimal standardDeduction(boolean newRegime, int fy) {
        return Rupees.rupees(newRegime ? (fy >= 2024 ? 75_000 : fy == 2023 ? 50_000 : 0) : 50_000);
    }
}
