package io.taxstream.processors.types;

import static io.taxstream.processors.validate.Amounts.format;
import static io.taxstream.processors.validate.Amounts.parse;

import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.extract.Item;
import io.taxstream.processors.layout.Line;
import io.taxstream.processors.normalize.Patterns;
import io.taxstream.processors.rules.Draft;
import io.taxstream.processors.rules.Periods;
import io.taxstream.processors.rules.TableReader;
import io.taxstream.processors.rules.ValueParsers;
import io.taxstream.processors.validate.Amounts;
import io.taxstream.processors.validate.BalanceRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * What a bank statement needs beyond labels: the direction of amounts the page leaves unmarked
 * (read off the running balance), opening and closing balances from the first and last rows when no
 * summary states them, the totals and the count from the items when not printed (as the contract
 * says), the holder from the address block, the bank from the letterhead, and the period.
 */
final class BankCompletion {

    private static final String KIND = "transaction";
    private static final List<String> PERIOD_LABELS = List.of("statement (of account )?(for the )?period",
            "statement of account (from|for)", "account statement (from|for)", "statement (from|for)", "\\bperiod\\b",
            "\\bfrom\\b", "\\bbetween\\b", "\\bduration\\b", "अवधि");

    private static final java.util.regex.Pattern HEADER = java.util.regex.Pattern.compile(BankFields.TABLE_HEADER);

    private BankCompletion() {
    }

    static void complete(Draft draft) {
        List<Item> printed = draft.items(KIND);
        boolean newestFirst = BalanceRules.chronological(printed) != printed;
        List<Item> items = directed(BalanceRules.chronological(printed), parse(draft.value("opening_balance")));
        List<Item> inPrintedOrder = new ArrayList<>(items);
        if (newestFirst) {
            java.util.Collections.reverse(inPrintedOrder);
        }
        draft.replaceItems(KIND, inPrintedOrder);
        if (draft.table(KIND).map(t -> t.rows().stream().anyMatch(r -> r.cells().containsKey(TableReader.JOINED_IN_TOKEN))).orElse(false)) {
            // statements print "UPI/DR/8483/" over "cafe@upi" both for one token and for two words
            draft.note("a narration wraps inside a token: whether a space stands at the line break cannot be read");
        }
        balances(draft, items);
        totals(draft, items);
        holder(draft);
        issuer(draft);
        ifsc(draft);
        period(draft);
    }

    /**
     * Gives every row (oldest first) with an undirected amount its direction: a debit when the previous balance
     * less the amount is this row's balance, a credit when plus; a row that fits neither keeps no
     * amount (and the running-balance rule sends the statement to review).
     */
    static List<Item> directed(List<Item> rows, BigDecimal opening) {
        List<Item> out = new ArrayList<>(rows.size());
        BigDecimal previous = opening;
        for (Item row : rows) {
            Item fixed = row;
            String amount = row.get(BankTable.UNSIGNED);
            BigDecimal balance = parse(row.get("balance"));
            if (amount != null) {
                Map<String, String> values = new HashMap<>(row.values());
                values.remove(BankTable.UNSIGNED);
                BigDecimal a = parse(amount);
                if (previous != null && balance != null && a != null) {
                    if (Amounts.close(previous.subtract(a), balance, Amounts.PAISA)) {
                        values.put("debit", amount);
                    } else if (Amounts.close(previous.add(a), balance, Amounts.PAISA)) {
                        values.put("credit", amount);
                    }
                }
                fixed = new Item(row.kind(), values, row.page());
            }
            out.add(fixed);
            previous = balance;
        }
        return out;
    }

    /** Opening balance from the first row (its balance before it), closing balance from the last. */
    private static void balances(Draft draft, List<Item> items) {
        if (items.isEmpty()) {
            return;
        }
        Item first = items.get(0);
        if (!draft.has("opening_balance") && parse(first.get("balance")) != null
                && (first.get("debit") != null || first.get("credit") != null)) {
            BigDecimal before = parse(first.get("balance")).subtract(amount(first, "credit")).add(amount(first, "debit"));
            draft.put("opening_balance", format(before), 0.8, first.page(), null);
        }
        Item last = items.get(items.size() - 1);
        if (!draft.has("closing_balance") && last.get("balance") != null) {
            draft.put("closing_balance", last.get("balance"), 0.85, last.page(), null);
        }
    }

    /** Totals as printed (a summary, else the table's Total row), else computed from the items, as the contract says. */
    private static void totals(Draft draft, List<Item> items) {
        Optional<TableReader.Row> totalRow = draft.table(KIND).flatMap(t -> t.totals().stream()
                .filter(r -> r.cells().containsKey("debit") || r.cells().containsKey("credit")).findFirst());
        boolean directed = !items.isEmpty() && items.stream().allMatch(i -> i.get("debit") != null || i.get("credit") != null);
        for (String[] pair : new String[][] {{"total_credits", "credit"}, {"total_debits", "debit"}}) {
            if (draft.has(pair[0])) {
                continue;
            }
            Optional<String> printed = totalRow.flatMap(r -> ValueParsers.of(FieldKind.AMOUNT).first(r.cells().getOrDefault(pair[1], "")))
                    .map(p -> p.value());
            if (printed.isPresent()) {
                draft.put(pair[0], printed.get(), 0.9, totalRow.get().page(), null);
            } else if (directed) {
                List<BigDecimal> values = items.stream().map(i -> amount(i, pair[1])).toList();
                draft.put(pair[0], format(Amounts.sum(values)), 0.9, items.get(items.size() - 1).page(), null);
            }
        }
        if (!draft.has("transaction_count") && !items.isEmpty()) {
            draft.put("transaction_count", String.valueOf(items.size()), 0.9, items.get(items.size() - 1).page(), null);
        }
    }

    private static void holder(Draft draft) {
        if (draft.has("account_holder")) {
            var f = draft.field("account_holder");
            draft.put("account_holder", People.withoutSalutation(f.value()), f.confidence(), f.page(), f.box());
            return;
        }
        People.addressee(draft.layout().lines(), 15).or(() -> People.overAddress(draft.layout().lines(), 8))
                .ifPresent(n -> draft.put("account_holder", n.value(), 0.75, n.page(), null));
    }

    private static void issuer(Draft draft) {
        if (draft.has("bank_name")) {
            var f = draft.field("bank_name");
            draft.put("bank_name", Organisations.name(f.value()), f.confidence(), f.page(), f.box());
        } else {
            Titles.organisation(draft.layout().lines())
                    .ifPresent(t -> draft.put("bank_name", Organisations.name(t.value()), 0.8, t.page(), null));
        }
    }

    /** An IFSC printed without its label: the one IFSC-shaped code on the first page. */
    private static void ifsc(Draft draft) {
        if (draft.has("ifsc")) {
            return;
        }
        Set<String> codes = new TreeSet<>();
        int page = 0;
        for (Line line : draft.layout().page(1)) {
            if (HEADER.matcher(line.lower()).find()) {
                break;
            }
            Matcher m = Patterns.IFSC.matcher(line.text());
            while (m.find()) {
                codes.add(m.group().toUpperCase(java.util.Locale.ROOT));
                page = line.page();
            }
        }
        if (codes.size() == 1) {
            draft.put("ifsc", codes.iterator().next(), 0.8, page, null);
        }
    }

    private static void period(Draft draft) {
        if (draft.has("period_from") && draft.has("period_to")) {
            return;
        }
        Periods.after(draft.layout().page(1), PERIOD_LABELS, 1).ifPresent(p -> {
            draft.put("period_from", p.from(), 0.9, p.page(), null);
            draft.put("period_to", p.to(), 0.9, p.page(), null);
        });
    }

    private static BigDecimal amount(Item row, String key) {
        BigDecimal v = parse(row.get(key));
        return v == null ? BigDecimal.ZERO : v;
    }
}
