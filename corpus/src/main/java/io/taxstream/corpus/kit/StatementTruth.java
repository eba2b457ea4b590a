package io.taxstream.corpus.kit;

import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Truth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A bank statement's truth: the header facts the layout printed, and every transaction as printed. */
public final class StatementTruth {

    /** A transaction: a debit or a credit (the other null) and the balance after it. */
    public interface Row {
        LocalDate date();

        BigDecimal debit();

        BigDecimal credit();

        BigDecimal balance();

        default boolean isDebit() {
            return debit() != null;
        }
    }

    private StatementTruth() {
    }

    /**
     * The header fields.
     *
     * @param accountPrinted the account number as printed; the truth drops its spaces and dashes
     * @param ifsc           the branch's IFSC, or null when the statement does not print it
     */
    public static Truth header(String bank, String holder, String accountPrinted, String ifsc, LocalDate from,
            LocalDate to, BigDecimal opening, BigDecimal closing) {
        Truth t = new Truth("BANK_STATEMENT");
        t.text("bank_name", bank);
        t.text("account_holder", holder);
        t.text("account_number", accountPrinted.replaceAll("[\\s-]", ""));
        if (ifsc != null) {
            t.text("ifsc", ifsc);
        }
        t.date("period_from", from);
        t.date("period_to", to);
        t.amount("opening_balance", opening);
        t.amount("closing_balance", closing);
        return t;
    }

    /** Total credits and debits. */
    public static void totals(Truth t, BigDecimal credits, BigDecimal debits) {
        t.amount("total_credits", credits);
        t.amount("total_debits", debits);
    }

    /**
     * Totals and count, which the contract computes from the rows when a statement does not print
     * them, so they belong to a statement's truth printed or not.
     */
    public static void computed(Truth t, BigDecimal credits, BigDecimal debits, int count) {
        totals(t, credits, debits);
        t.text("transaction_count", String.valueOf(count));
    }

    /**
     * Adds a transaction's item.
     *
     * @param description the narration as printed (folded in the truth)
     * @param reference   the reference as printed, or null or empty when none is
     */
    public static void transaction(Truth t, Row x, String description, String reference) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("date", x.date().toString());
        v.put("description", Truth.fold(description));
        if (x.isDebit()) {
            v.put("debit", AmountStyle.truth(x.debit()));
        } else {
            v.put("credit", AmountStyle.truth(x.credit()));
        }
        v.put("balance", AmountStyle.truth(x.balance()));
        if (reference != null && !reference.isEmpty()) {
            v.put("reference", reference);
        }
        t.item("transaction", v);
    }
}
