package io.taxstream.corpus.holdout.gains;

import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Truth;
import java.util.LinkedHashMap;
import java.util.Map;

/** A gains statement's truth: issuer, investor, year, the totals it prints and every sale. */
final class GainsTruths {

    private GainsTruths() {
    }

    static Truth of(GainsYear d, String issuer, String investor, boolean stcg, boolean ltcg, boolean saleTotal) {
        Truth t = new Truth("CAPITAL_GAINS");
        t.text("issuer_name", issuer);
        t.text("investor_name", investor);
        t.text("investor_pan", d.investor().pan());
        t.text("financial_year", d.financialYear());
        if (stcg) {
            t.amount("stcg_total", d.gain(false));
        }
        if (ltcg) {
            t.amount("ltcg_total", d.gain(true));
        }
        if (saleTotal) {
            t.amount("total_sale_value", d.saleValue());
        }
        return t;
    }

    static void sale(Truth t, Sale s) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("security", s.security());
        v.put("isin", s.isin());
        v.put("quantity", s.quantityText());
        v.put("purchase_date", s.buyDate().toString());
        v.put("sale_date", s.sellDate().toString());
        v.put("purchase_value", AmountStyle.truth(s.buyValue()));
        v.put("sale_value", AmountStyle.truth(s.sellValue()));
        v.put("gain", AmountStyle.truth(s.gain()));
        v.put("term", s.term());
        t.item("trade", v);
    }
}
