package io.taxstream.processors.validate;

import static io.taxstream.processors.validate.Amounts.format;
import static io.taxstream.processors.validate.Amounts.parse;

import io.taxstream.processors.extract.Extraction;
import io.taxstream.processors.extract.Item;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A bank statement's arithmetic: row by row, and as a whole. */
public final class BalanceRules {

    private static final String KIND = "transaction";

    private BalanceRules() {
    }

    /** Every transaction's balance follows from the previous one (the first from the opening balance). */
    public static Rule runningBalance() {
        return extraction -> {
            List<Item> rows = chronological(extraction.items(KIND));
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

    /**
     * The rows oldest first: a statement that lists the newest transaction first (its first row
     * dated after its last) is read bottom up.
     */
    public static List<Item> chronological(List<Item> rows) {
        if (rows.size() > 1 && rows.get(0).get("date") != null && rows.get(rows.size() - 1).get("date") != null
                && rows.get(0).get("date").compareTo(rows.get(rows.size() - 1).get("date")) > 0) {
            List<Item> reversed = new ArrayList<>(rows);
            java.util.Collections.reverse(reversed);
            return reversed;
        }
        return rows;
    }

    /** The closing balance is the last transaction's balance. */
    public static Rule closingIsLastBalance() {
        return extraction -> {
            List<Item> rows = chronological(extraction.items(KIND));
            BigDecimal closing = parse(extraction.value("closing_balance"));
            BigDecimal last = rows.isEmpty() ? null : parse(rows.get(rows.size() - 1).get("balance"));
            if (closing == null || last == null || Amounts.close(closing, last, Amounts.PAISA)) {
                return List.of();
            }
            return List.of(Issue.error("bank.closing_balance", "the last transaction leaves " + format(last)
                    + " but closing_balance is " + format(closing)));
        };
    }

    /** Printed totals and the count agree with the transactions read (a missing row shows here). */
    public static Rule totalsMatchItems() {
        return extraction -> {
            List<Item> rows = extraction.items(KIND);
            if (rows.isEmpty()) {
                return List.of();
            }
            List<Issue> issues = new ArrayList<>();
            for (String[] pair : new String[][] {{"total_credits", "credit"}, {"total_debits", "debit"}}) {
                BigDecimal total = parse(extraction.value(pair[0]));
                BigDecimal sum = Amounts.sum(rows.stream().map(r -> amount(r, pair[1])).toList());
                if (total != null && !Amounts.close(total, sum, Amounts.PAISA)) {
                    issues.add(Issue.error("bank.totals", "the " + pair[1] + " column adds up to " + format(sum) + " but "
                            + pair[0] + " is " + format(total)));
                }
            }
            String count = extraction.value("transaction_count");
            if (count != null && !count.equals(String.valueOf(rows.size()))) {
                issues.add(Issue.error("bank.transaction_count", rows.size() + " transactions read but transaction_count is " + count));
            }
            return issues;
        };
    }

    /** A balance that moved over the period moved by transactions: a statement whose table was not read goes to review. */
    public static Rule transactionsWhenBalanceMoved() {
        return extraction -> {
            BigDecimal opening = parse(extraction.value("opening_balance"));
            BigDecimal closing = parse(extraction.value("closing_balance"));
            if (opening == null || closing == null || opening.compareTo(closing) == 0 || !extraction.items(KIND).isEmpty()) {
                return List.of();
            }
            return List.of(Issue.error("bank.transactions_read", "the balance moved from " + format(opening) + " to "
                    + format(closing) + " but no transaction was read"));
        };
    }

    /** Transactions fall inside the statement's period (a warning). */
    public static Rule datesWithinPeriod() {
        return extraction -> {
            String from = extraction.value("period_from");
            String to = extraction.value("period_to");
            if (from == null || to == null) {
                return List.of();
            }
            long outside = extraction.items(KIND).stream().map(r -> r.get("date"))
                    .filter(d -> d != null && (d.compareTo(from) < 0 || d.compareTo(to) > 0)).count();
            return outside == 0 ? List.of()
                    : List.of(Issue.warn("bank.dates_in_period", outside + " transaction(s) dated outside the statement period"));
        };
    }

    private static BigDecimal amount(Item row, String key) {
        BigDecimal v = parse(row.get(key));
        return v == null ? BigDecimal.ZERO : v;
    }
}
