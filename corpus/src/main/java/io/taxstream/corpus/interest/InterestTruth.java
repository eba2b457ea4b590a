package io.taxstream.corpus.interest;

import io.taxstream.corpus.interest.InterestData.Deposit;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Truth;
import java.util.LinkedHashMap;
import java.util.Map;

/** The truth of an interest certificate: the issuer, depositor, year, totals and each deposit listed. */
final class InterestTruth {

    private InterestTruth() {
    }

    static Truth of(InterestData d, String bankName, String depositorPrinted, boolean pan, boolean items) {
        Truth t = new Truth("INTEREST_CERTIFICATE");
        t.text("bank_name", bankName);
        t.text("depositor_name", depositorPrinted);
        if (pan) {
            t.text("depositor_pan", d.depositor().pan());
        }
        t.text("financial_year", d.financialYear());
        t.amount("total_interest", d.totalInterest());
        t.amount("total_tds", d.totalTds());
        if (items) {
            for (Deposit dep : d.deposits()) {
                Map<String, String> v = new LinkedHashMap<>();
                v.put("account_number", dep.account());
                v.put("deposit_type", dep.type());
                v.put("interest", AmountStyle.truth(dep.interest()));
                v.put("tds", AmountStyle.truth(dep.tds()));
                t.item("deposit", v);
            }
        }
        return t;
    }
}
