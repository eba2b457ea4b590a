package io.taxstream.corpus.holdout.interest;

import io.taxstream.corpus.holdout.interest.DepositYear.Deposit;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Truth;
import java.util.LinkedHashMap;
import java.util.Map;

/** An interest certificate's truth: issuer and depositor as printed, the year, totals and each account listed. */
final class InterestTruths {

    private InterestTruths() {
    }

    static Truth of(DepositYear d, String bankPrinted, String depositorPrinted, boolean pan, boolean items) {
        Truth t = new Truth("INTEREST_CERTIFICATE");
        t.text("bank_name", bankPrinted);
        t.text("depositor_name", depositorPrinted);
        if (pan) {
            t.text("depositor_pan", d.depositor().pan());
        }
        t.text("financial_year", d.financialYear());
        t.amount("total_interest", d.totalInterest());
        t.amount("total_tds", d.totalTds());
        if (items) {
            for (Deposit x : d.deposits()) {
                Map<String, String> v = new LinkedHashMap<>();
                v.put("account_number", x.account());
                v.put("deposit_type", x.type());
                v.put("interest", AmountStyle.truth(x.interest()));
                v.put("tds", AmountStyle.truth(x.tds()));
                t.item("deposit", v);
            }
        }
        return t;
    }
}
