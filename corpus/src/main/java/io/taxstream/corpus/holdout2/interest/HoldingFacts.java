package io.taxstream.corpus.holdout2.interest;

import io.taxstream.corpus.holdout2.interest.Holding.Deposit;
import io.taxstream.corpus.holdout2.kit.Fy;
import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.util.Truth;
import java.util.LinkedHashMap;
import java.util.Map;

/** Interest certificate truths. */
final class HoldingFacts {

    private HoldingFacts() {
    }

    static Truth header(Holding h, String bankPrinted, String depositorPrinted, boolean pan) {
        Truth t = new Truth("INTEREST_CERTIFICATE");
        t.text("bank_name", bankPrinted);
        t.text("depositor_name", depositorPrinted);
        if (pan) {
            t.text("depositor_pan", h.depositor().pan());
        }
        t.text("financial_year", Fy.span(h.fy()));
        t.amount("total_interest", h.interest());
        t.amount("total_tds", h.tds());
        return t;
    }

    static void deposit(Truth t, Deposit d, String accountPrinted, String typePrinted) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("account_number", accountPrinted.replaceAll("[\\s-]", ""));
        v.put("deposit_type", Truth.fold(typePrinted));
        v.put("interest", Money.truth(d.interest()));
        v.put("tds", Money.truth(d.tds()));
        t.item("deposit", v);
    }
}
