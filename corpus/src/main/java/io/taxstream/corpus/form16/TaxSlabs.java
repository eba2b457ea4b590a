package io.taxstream.corpus.form16;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Income-tax slabs, rebate and standard deduction of an individual below 60, per regime and year. */
final class TaxSlabs {

    private TaxSlabs() {
    }

    /** Tax on total income, in whole rupees. */
    static BigDecimal tax(BigDecimal income, boolean newRegime, int fyStart) {
        long[][] slabs = slabs(newRegime, fyStart);
        double tax = 0;
        double ti = income.doubleValue();
        for (long[] s : slabs) {
            double lower = s[0];
            double upper = s[1] < 0 ? Double.MAX_VALUE : s[1];
            if (ti > lower) {
                tax += (Math.min(ti, upper) - lower) * s[2] / 100.0;
            }
        }
        return rupees(tax);
    }

    /** The 87A rebate: the whole tax up to a cap when income is under the limit. */
    static BigDecimal rebate(BigDecimal income, BigDecimal tax, boolean newRegime, int fyStart) {
        boolean generous = newRegime && fyStart >= 2023;
        long limit = generous ? 700_000 : 500_000;
        long cap = generous ? 25_000 : 12_500;
        if (income.longValue() > limit) {
            return BigDecimal.ZERO.setScale(2);
        }
        return tax.min(BigDecimal.valueOf(cap).setScale(2));
    }

    static BigDecimal standardDeduction(boolean newRegime, int fyStart) {
        if (newRegime) {
            return BigDecimal.valueOf(fyStart >= 2024 ? 75_000 : fyStart == 2023 ? 50_000 : 0).setScale(2);
        }
        return BigDecimal.valueOf(50_000).setScale(2);
    }

    static BigDecimal surcharge(BigDecimal income, BigDecimal taxAfterRebate) {
        if (income.longValue() <= 5_000_000) {
            return BigDecimal.ZERO.setScale(2);
        }
        return rupees(taxAfterRebate.doubleValue() * 0.10);
    }

    static BigDecimal cess(BigDecimal base) {
        return rupees(base.doubleValue() * 0.04);
    }

    static BigDecimal rupees(double v) {
        return BigDecimal.valueOf(v).setScale(0, RoundingMode.HALF_UP).setScale(2);
    }

    private static long[][] slabs(boolean newRegime, int fyStart) {
        if (!newRegime) {
            return new long[][] {{250_000, 500_000, 5}, {500_000, 1_000_000, 20}, {1_000_000, -1, 30}};
        }
        if (fyStart >= 2024) {
            return new long[][] {{300_000, 700_000, 5}, {700_000, 1_000_000, 10}, {1_000_000, 1_200_000, 15},
                {1_200_000, 1_500_000, 20}, {1_500_000, -1, 30}};
        }
        if (fyStart == 2023) {
            return new long[][] {{300_000, 600_000, 5}, {600_000, 900_000, 10}, {900_000, 1_200_000, 15},
                {1_200_000, 1_500_000, 20}, {1_500_000, -1, 30}};
        }
        return new long[][] {{250_000, 500_000, 5}, {500_000, 750_000, 10}, {750_000, 1_000_000, 15},
            {1_000_000, 1_250_000, 20}, {1_250_000, 1_500_000, 25}, {1_500_000, -1, 30}};
    }
}
