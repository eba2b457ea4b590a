package io.taxstream.processors.validate;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/** Arithmetic on normalised amount strings ({@code 123456.50}, {@code -1200.00}). */
public final class Amounts {

    /** The contract's tolerance for sums of amounts. */
    public static final BigDecimal ONE = BigDecimal.ONE;
    /**
     * Total income is rounded to a multiple of ten (section 288A): to the nearest by the Act, but
     * many payroll systems print it rounded down, so it may stand up to 9.99 rupees below (or five
     * above) the figures it is computed from.
     */
    public static final BigDecimal ROUNDING_288A = new BigDecimal("9.99");
    /** How far above its figures total income may stand after rounding to the nearest ten. */
    public static final BigDecimal ROUNDING_288A_UP = new BigDecimal("5");
    /** The contract's tolerance for running balances. */
    public static final BigDecimal PAISA = new BigDecimal("0.01");

    private Amounts() {
    }

    /** The value of a normalised amount, or null when absent or not a number. */
    public static BigDecimal parse(String normalised) {
        if (normalised == null || normalised.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(normalised);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static BigDecimal sum(Collection<BigDecimal> values) {
        return values.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static boolean close(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
        return a.subtract(b).abs().compareTo(tolerance) <= 0;
    }

    /** The contract's form of an amount: two decimals, no grouping. */
    public static String format(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
