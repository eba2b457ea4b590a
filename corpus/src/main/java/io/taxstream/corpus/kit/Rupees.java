package io.taxstream.corpus.kit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Amounts in rupees and paise (scale 2): whole rupees, percentages rounded to whole rupees, sums. */
public final class Rupees {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Rupees() {
    }

    /** {@code pct} percent of {@code base}, rounded to whole rupees. */
    public static BigDecimal percent(BigDecimal base, double pct) {
        return base.multiply(BigDecimal.valueOf(pct)).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .setScale(2);
    }

    public static BigDecimal rupees(long v) {
        return BigDecimal.valueOf(v).setScale(2);
    }

    /** The value rounded half up to whole rupees. */
    public static BigDecimal whole(double v) {
        return BigDecimal.valueOf(v).setScale(0, RoundingMode.HALF_UP).setScale(2);
    }

    public static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(ZERO, BigDecimal::add);
    }
}
