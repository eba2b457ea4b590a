package io.taxstream.processors.validate;

import static io.taxstream.processors.validate.Amounts.format;
import static io.taxstream.processors.validate.Amounts.parse;

import io.taxstream.processors.extract.Item;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Capital-gains trade checks. */
public final class TradeRules {

    private TradeRules() {
    }

    /**
     * {@code gain = sale_value − purchase_value}, a warning only: grandfathering (the 31-Jan-2018
     * fair market value) and indexation legitimately change the printed gain.
     */
    public static Rule gainIsSaleMinusPurchase() {
        return extraction -> {
            List<Issue> issues = new ArrayList<>();
            List<Item> trades = extraction.items("trade");
            for (int i = 0; i < trades.size(); i++) {
                Item t = trades.get(i);
                BigDecimal sale = parse(t.get("sale_value"));
                BigDecimal purchase = parse(t.get("purchase_value"));
                BigDecimal gain = parse(t.get("gain"));
                if (sale != null && purchase != null && gain != null
                        && !Amounts.close(sale.subtract(purchase), gain, Amounts.ONE)) {
                    issues.add(Issue.warn("capital_gains.gain_difference", "trade " + (i + 1) + ": sale − purchase = "
                            + format(sale.subtract(purchase)) + " but the printed gain is " + format(gain)));
                }
            }
            return issues;
        };
    }

    /** Every trade has its term and the security it sold (a trade the page did not say enough about goes to review). */
    public static Rule everyTradeComplete() {
        return extraction -> {
            List<Item> trades = extraction.items("trade");
            for (int i = 0; i < trades.size(); i++) {
                Item t = trades.get(i);
                for (String key : List.of("term", "gain", "sale_date")) {
                    if (t.get(key) == null) {
                        return List.of(Issue.error("capital_gains.trade_complete", "trade " + (i + 1) + " has no " + key));
                    }
                }
                if (t.get("security") == null && t.get("isin") == null) {
                    return List.of(Issue.error("capital_gains.trade_complete", "trade " + (i + 1) + " names no security"));
                }
            }
            return List.of();
        };
    }

    /**
     * A statement that lists trades lists the trades of every term it totals: a non-zero total for a
     * term without a single trade of that term means a table (or a section of it) was not read, and
     * the items add up to nothing that could be checked.
     */
    public static Rule everyTotalHasTrades() {
        return extraction -> {
            List<Item> trades = extraction.items("trade");
            if (trades.isEmpty()) {
                return List.of();
            }
            List<Issue> issues = new ArrayList<>();
            for (String[] term : new String[][] {{"SHORT", "stcg_total"}, {"LONG", "ltcg_total"}}) {
                BigDecimal total = parse(extraction.value(term[1]));
                boolean listed = trades.stream().anyMatch(t -> term[0].equals(t.get("term")));
                if (total != null && total.signum() != 0 && !listed) {
                    issues.add(Issue.error("capital_gains.trades_missing", term[1] + " is " + format(total) + " but no "
                            + term[0].toLowerCase(java.util.Locale.ROOT) + "-term trade was read"));
                }
            }
            return issues;
        };
    }
}
