package io.taxstream.corpus.gains;

import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Truth;
import java.util.LinkedHashMap;
import java.util.Map;

/** The truth of a gains statement: issuer, investor, year, the totals it prints and every trade. */
final class GainsTruth {

    private GainsTruth() {
    }

    static Truth of(GainsData d, String issuer, String investor, boolean saleTotal) {
        Truth t = new Truth("CAPITAL_GAINS");
        t.text("issuer_name", issuer);
        t.text("investor_name", investor);
        t.text("investor_pan", d.investor().pan());
        t.text("financial_year", d.financialYear());
        t.amount("stcg_total", d.total(false));
        t.amount("ltcg_total", d.total(true));
        if (saleTotal) {
            t.amount("total_sale_value", d.totalSale());
        }
        for (Trade x : d.trades()) {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("security", x.security());
            v.put("isin", x.isin());
            v.put("quantity", x.quantityText());
            v.put("purchase_date", x.purchaseDate().toString());
            v.put("sale_date", x.saleDate().toString());
            v.put("purchase_value", AmountStyle.truth(x.purchaseValue()));
            v.put("sale_value", AmountStyle.truth(x.saleValue()));
            v.put("gain", AmountStyle.truth(x.gain()));
            v.put("term", x.term());
            t.item("trade", v);
        }
        return t;
    }
}
