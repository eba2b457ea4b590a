package io.taxstream.corpus.holdout2.gains;

import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.util.Truth;
import java.util.LinkedHashMap;
import java.util.Map;

/** Capital gains truths. */
final class LotFacts {

    private LotFacts() {
    }

    static Truth header(String issuer, String investor, String pan, int fy) {
        Truth t = new Truth("CAPITAL_GAINS");
        t.text("issuer_name", issuer);
        t.text("investor_name", investor);
        t.text("investor_pan", pan);
        t.text("financial_year", FinancialYear.span(fy));
        return t;
    }

    static void lot(Truth t, Lot l, String securityPrinted) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("security", Truth.fold(securityPrinted));
        v.put("isin", l.isin());
        v.put("quantity", l.quantityText());
        v.put("purchase_date", l.bought().toString());
        v.put("sale_date", l.sold().toString());
        v.put("purchase_value", Money.truth(l.buyValue()));
        v.put("sale_value", Money.truth(l.sellValue()));
        v.put("gain", Money.truth(l.gain()));
        v.put("term", l.longTerm() ? "LONG" : "SHORT");
        t.item("trade", v);
    }
}
