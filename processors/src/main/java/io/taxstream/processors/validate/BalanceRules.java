package io.taxstream.processors.validate;

import static io.taxstream.processors.validate.Amounts.format;
import static io.taxstream.processors.validate.Amounts.parse;

import io.taxstream.processors.extract.Extraction;
import io.taxstream.processors.extract.Item;
import java.math.BigDecimal;
import java.util.List;

/** A bank statement's arithmetic: row by row, and as a whole. */
public final class BalanceRules {

    private static final String KIND = "transaction";

    private BalanceRules() {
    }

    /** Every transaction's balance follows from the previous one (the first from the opening balance). */
    public static Rule runningBalance() {
        return extraction -> {
            List<Item> rows = extraction.items(KIND);
            BigDecimal previous = parse(extraction.value("opening_balance"));
            for (int i = 0; i < rows.size(); i++) {
                Item row = rows.get(i);
                BigDecimal balance = parse(row.get("balance"));
                if (balance == null) {
                    return List.of(Issue.error("bank.running_balance", "transaction " + (i + 1) + " has no balance"));
                }
                if (previous != null) {
                    BigDecimal expected = previous.add(amount(row, "credit")).subtract(amount(row, "debit"));
                    if (!Amounts.close(expected, balance, Amounts.PAISA)) {
                        return List.of(Issue.error("bank.running_balance", "transaction " + (i + 1)
                                + " should leave a balance of " + format(expected) + " but shows " + format(balance)));
                    }
                }
                previous = balance;
            }
            return List.of();
        };
    }

    /** {@code opening_balance + total_credits − total_debits = closing_balance}. */
    public static Rule openingPlusCreditsMinusDebits() {
        return (Extraction extraction) -> {
            BigDecimal opening = parse(extraction.value("opening_balance"));
            BigDecimal credits = parse(extraction.value("total_credits"));
            BigDecimal debits = parse(extraction.value("total_debits"));
            BigDecimal closing = parse(extraction.value("closing_balance"));
            if (opening == null || credits == null || debits == null || closing == null) {
                return List.of();
            }
            BigDecimal expected = opening.add(credits).subtract(debits);
            return Amounts.close(expected, closing, Amounts.PAISA) ? List.of()
                    : List.of(Issue.error("bank.balance_equation", "opening " + format(opening) + " + credits " + format(credits)
                    + " − debits " + format(debits) + " = " + format(expected) + " but closing_balance is " + format(closing)));
        };
    }

    private static BigDecimal amount(Item row, String key) {
        BigDecimal v = parse(row.get(key));
        return v == null ? BigDecimal.ZERO : v;
    }
}
