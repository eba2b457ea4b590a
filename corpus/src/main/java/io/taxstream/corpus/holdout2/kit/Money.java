package io.taxstream.corpus.holdout2.kit;

import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.AmountStyle.Grouping;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.util.List;

/**
 * How a document prints money: grouping, decimals, currency marker, and how it shows a negative
 * ({@code -1,200.00}, {@code (1,200.00)} or {@code 1,200.00 Dr}).
 *
 * @param base grouping, decimals, prefix and suffix
 * @param neg  the negative form
 */
public record Money(AmountStyle base, Neg neg) {

    /** Negative forms. */
    public enum Neg { MINUS, PARENS, DR }

    /** Two decimals always, as banks print. */
    public static Money bank(Rng rng, String prefix) {
        Grouping g = rng.pick(List.of(Grouping.INDIAN, Grouping.INDIAN, Grouping.INTERNATIONAL, Grouping.NONE));
        return new Money(new AmountStyle(g, true, prefix, "", false), Neg.MINUS);
    }

    /** Any common style: whole rupees may drop their decimals; currency marker as given. */
    public static Money any(Rng rng, String prefix) {
        Grouping g = rng.pick(List.of(Grouping.INDIAN, Grouping.INDIAN, Grouping.INTERNATIONAL, Grouping.NONE));
        return new Money(new AmountStyle(g, rng.chance(0.7), prefix, "", false),
                rng.pick(List.of(Neg.MINUS, Neg.PARENS, Neg.DR)));
    }

    public static Money indian(String prefix, boolean decimals) {
        return new Money(new AmountStyle(Grouping.INDIAN, decimals, prefix, "", false), Neg.MINUS);
    }

    public Money prefix(String p) {
        return new Money(base.withPrefix(p), neg);
    }

    public Money suffix(String s) {
        return new Money(base.withSuffix(s), neg);
    }

    public Money negatives(Neg n) {
        return new Money(base, n);
    }

    public Money decimals(boolean d) {
        return new Money(new AmountStyle(base.grouping(), d, base.prefix(), base.suffix(), false), neg);
    }

    /** Without prefix or suffix, for table cells under a currency heading. */
    public Money bare() {
        return new Money(new AmountStyle(base.grouping(), base.decimals(), "", "", false), neg);
    }

    public String of(BigDecimal v) {
        String abs = base.format(v.abs());
        if (v.signum() >= 0) {
            return abs;
        }
        return switch (neg) {
            case MINUS -> "-" + abs;
            case PARENS -> "(" + abs + ")";
            case DR -> abs + " Dr";
        };
    }

    /** A balance with its side: {@code 12,345.00 Cr} or {@code 1,200.00 Dr}. */
    public String sided(BigDecimal v, String cr, String dr) {
        return base.format(v.abs()) + " " + (v.signum() < 0 ? dr : cr);
    }

    /** The contract's form. */
    public static String truth(BigDecimal v) {
        return AmountStyle.truth(v);
    }
}
