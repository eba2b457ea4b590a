package io.taxstream.corpus.util;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How a document prints money: digit grouping, decimals, currency marker and negative form.
 *
 * @param grouping     Indian ({@code 1,23,456}), international ({@code 123,456}) or none
 * @param decimals     whether whole amounts get {@code .00} (amounts with paise always print them)
 * @param prefix       {@code ""}, {@code "Rs. "}, {@code "₹ "} or {@code "INR "}
 * @param suffix       {@code ""} or {@code "/-"}
 * @param parentheses  negatives as {@code (1,200.00)} rather than {@code -1,200.00}
 */
public record AmountStyle(Grouping grouping, boolean decimals, String prefix, String suffix, boolean parentheses) {

    /** Digit grouping conventions. */
    public enum Grouping { INDIAN, INTERNATIONAL, NONE }

    public static final AmountStyle INDIAN = new AmountStyle(Grouping.INDIAN, true, "", "", false);
    public static final AmountStyle INTERNATIONAL = new AmountStyle(Grouping.INTERNATIONAL, true, "", "", false);
    public static final AmountStyle PLAIN = new AmountStyle(Grouping.NONE, true, "", "", false);

    /** A random style among the common ones, without currency markers. */
    public static AmountStyle random(Rng rng) {
        Grouping g = rng.pick(List.of(Grouping.INDIAN, Grouping.INDIAN, Grouping.INTERNATIONAL, Grouping.NONE));
        return new AmountStyle(g, rng.chance(0.8), "", "", rng.chance(0.3));
    }

    public AmountStyle withPrefix(String p) {
        return new AmountStyle(grouping, decimals, p, suffix, parentheses);
    }

    public AmountStyle withSuffix(String s) {
        return new AmountStyle(grouping, decimals, prefix, s, parentheses);
    }

    /** Prints an amount in this style. */
    public String format(BigDecimal amount) {
        BigDecimal abs = amount.abs().setScale(2, RoundingMode.HALF_UP);
        boolean whole = abs.remainder(BigDecimal.ONE).signum() == 0;
        String digits = abs.toBigInteger().toString();
        String grouped = group(digits);
        String body = (decimals || !whole) ? grouped + "." + abs.toPlainString().substring(abs.toPlainString().indexOf('.') + 1)
                : grouped;
        String printed = prefix + body + suffix;
        if (amount.signum() < 0) {
            return parentheses ? "(" + printed + ")" : "-" + printed;
        }
        return printed;
    }

    private String group(String digits) {
        return switch (grouping) {
            case NONE -> digits;
            case INTERNATIONAL -> groupEvery(digits, 3);
            case INDIAN -> indian(digits);
        };
    }

    private static String indian(String digits) {
        if (digits.length() <= 3) {
            return digits;
        }
        String last3 = digits.substring(digits.length() - 3);
        return groupEvery(digits.substring(0, digits.length() - 3), 2) + "," + last3;
    }

    private static String groupEvery(String digits, int size) {
        StringBuilder sb = new StringBuilder();
        int first = digits.length() % size == 0 ? size : digits.length() % size;
        sb.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += size) {
            sb.append(',').append(digits, i, i + size);
        }
        return sb.toString();
    }

    /** The contract's normalised form of an amount: two decimals, no separators. */
    public static String truth(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
