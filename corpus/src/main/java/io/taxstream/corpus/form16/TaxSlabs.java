package io.taxstream.corpus.form16;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Surcharge and cess; slabs, rebate and standard deduction are {@link io.taxstream.corpus.kit.IncomeTax}. */
final class TaxSlabs {

    private TaxSlabs() {
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
}
