package io.taxstream.corpus.holdout.kit;

import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.AmountStyle.Grouping;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.util.List;

/** Amount helpers: random print styles, balances with Cr/Dr words, signed amounts and rounding. */
public final class Amounts {

    private Amounts() {
    }

    /** A random style: grouping, whole amounts with or without decimals, no currency marker. */
    public static AmountStyle style(Rng rng) {
        Grouping g = rng.pick(List.of(Grouping.INDIAN, Grouping.INDIAN, Grouping.INDIAN, Grouping.INTERNATIONAL,
                Grouping.NONE));
        return new AmountStyle(g, rng.chance(0.75), "", "", rng.chance(0.25));
    }

    /** A style that always prints two decimals, as banks do. */
    public static AmountStyle bankStyle(Rng rng) {
        Grouping g = rng.pick(List.of(Grouping.INDIAN, Grouping.INDIAN, Grouping.INTERNATIONAL, Grouping.NONE));
        return new AmountStyle(g, true, "", "", false);
    }

    /** {@code 12,345.00 CR} / {@code 1,200.00DR}: the balance with a side word instead of a sign. */
    public static String sided(AmountStyle style, BigDecimal v, String cr, String dr, String gap) {
        return style.format(v.abs()) + gap + (v.signum() < 0 ? dr : cr);
    }

    /** {@code -1,234.00} for debits and {@code 1,234.00} (or {@code +1,234.00}) for credits. */
    public static String signed(AmountStyle style, BigDecimal v, boolean plus) {
        String abs = style.format(v.abs());
        if (v.signum() < 0) {
            return "-" + abs;
        }
        return plus ? "+" + abs : abs;
    }
}
