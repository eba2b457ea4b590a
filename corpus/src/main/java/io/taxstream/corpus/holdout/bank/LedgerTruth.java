package io.taxstream.corpus.holdout.bank;

import io.taxstream.corpus.holdout.bank.Ledger.Entry;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Truth;
import java.util.LinkedHashMap;
import java.util.Map;

/** A statement truth: the header facts the layout printed and each transaction as printed. */
final class LedgerTruth {

    private LedgerTruth() {
    }

    static Truth header(Ledger d, String bankPrinted, String holderPrinted, String accountPrinted, boolean ifsc) {
        Truth t = new Truth("BANK_STATEMENT");
        t.text("bank_name", bankPrinted);
        t.text("account_holder", holderPrinted);
        t.text("account_number", accountPrinted.replaceAll("[\\s-]", ""));
        if (ifsc) {
            t.text("ifsc", d.branch().ifsc());
        }
        t.date("period_from", d.from());
        t.date("period_to", d.to());
        t.amount("opening_balance", d.opening());
        t.amount("closing_balance", d.closing());
        return t;
    }

    static void totals(Truth t, Ledger d) {
        t.amount("total_credits", d.credits());
        t.amount("total_debits", d.debits());
    }

    static void entry(Truth t, Entry e, boolean reference) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("date", e.date().toString());
        v.put("description", Truth.fold(e.narration()));
        if (e.isDebit()) {
            v.put("debit", AmountStyle.truth(e.debit()));
        } else {
            v.put("credit", AmountStyle.truth(e.credit()));
        }
        v.put("balance", AmountStyle.truth(e.balance()));
        if (reference && !e.reference().isEmpty()) {
            v.put("reference", e.reference());
        }
        t.item("transaction", v);
    }
}
