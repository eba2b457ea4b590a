package io.taxstream.corpus.bank;

import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Truth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a statement's truth: header facts the layout printed, and every transaction as printed. */
final class StatementTruth {

    private StatementTruth() {
    }

    static Truth header(StatementData d, String holderPrinted, String accountPrinted, boolean ifsc) {
        Truth t = new Truth("BANK_STATEMENT");
        t.text("bank_name", d.branch().bank().name());
        t.text("account_holder", holderPrinted);
        t.text("account_number", accountPrinted.replaceAll("[\\s-]", ""));
        if (ifsc) {
            t.text("ifsc", d.branch().ifsc());
        }
        t.date("period_from", d.from());
        t.date("period_to", d.to());
        t.amount("opening_balance", d.opening());
        t.amount("closing_balance", d.closing());
        derived(t, d);
        return t;
    }

    /**
     * The contract computes total_credits, total_debits and transaction_count from the items when a
     * statement does not print them, so they belong to every statement's truth, printed or not.
     */
    private static void derived(Truth t, StatementData d) {
        t.amount("total_credits", d.totalCredits());
        t.amount("total_debits", d.totalDebits());
        t.text("transaction_count", String.valueOf(d.txns().size()));
    }

    static void totals(Truth t, StatementData d, boolean count) {
        t.amount("total_credits", d.totalCredits());
        t.amount("total_debits", d.totalDebits());
        if (count) {
            t.text("transaction_count", String.valueOf(d.txns().size()));
        }
    }

    static void item(Truth t, Txn x, List<String> descriptionLines, boolean reference) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("date", x.date().toString());
        v.put("description", Truth.fold(String.join(" ", descriptionLines)));
        if (x.isDebit()) {
            v.put("debit", AmountStyle.truth(x.debit()));
        } else {
            v.put("credit", AmountStyle.truth(x.credit()));
        }
        v.put("balance", AmountStyle.truth(x.balance()));
        if (reference && !x.reference().isEmpty()) {
            v.put("reference", x.reference());
        }
        t.item("transaction", v);
    }
}
