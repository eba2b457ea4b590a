package io.taxstream.corpus.holdout2.bank;

import io.taxstream.corpus.holdout2.bank.Book.Txn;
import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.util.Truth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A statement truth: header facts as printed, each transaction as printed, and the totals and count
 * the contract defines as computed from the rows (present whether or not the statement prints them).
 */
final class BookFacts {

    private BookFacts() {
    }

    static Truth header(Book b, String bankPrinted, String holderPrinted, String accountPrinted, boolean ifsc) {
        Truth t = new Truth("BANK_STATEMENT");
        t.text("bank_name", bankPrinted);
        t.text("account_holder", holderPrinted);
        t.text("account_number", accountPrinted.replaceAll("[\\s-]", ""));
        if (ifsc) {
            t.text("ifsc", b.branch().ifsc());
        }
        t.date("period_from", b.from());
        t.date("period_to", b.to());
        t.amount("opening_balance", b.opening());
        t.amount("closing_balance", b.closing());
        t.amount("total_credits", b.credits());
        t.amount("total_debits", b.debits());
        t.text("transaction_count", String.valueOf(b.txns().size()));
        return t;
    }

    static void txn(Truth t, Txn x, String description, boolean reference) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("date", x.date().toString());
        v.put("description", Truth.fold(description));
        if (x.isDebit()) {
            v.put("debit", Money.truth(x.debit()));
        } else {
            v.put("credit", Money.truth(x.credit()));
        }
        v.put("balance", Money.truth(x.balance()));
        if (reference && !x.ref().isEmpty()) {
            v.put("reference", x.ref());
        }
        t.item("transaction", v);
    }
}
