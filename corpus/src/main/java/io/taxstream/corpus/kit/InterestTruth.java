package io.taxstream.corpus.kit;

import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Truth;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An interest certificate's truth: issuer and depositor as printed, the year, totals and each deposit listed. */
public final class InterestTruth {

    /** A deposit as its item records it. */
    public interface Account {
        String account();

        String type();

        BigDecimal interest();

        BigDecimal tds();
    }

    private InterestTruth() {
    }

    /**
     * The truth with one item per deposit listed.
     *
     * @param pan      the depositor's PAN, or null when the document does not print it
     * @param deposits the deposits the document lists one by one (empty when it prints only totals)
     */
    public static Truth of(String bank, String depositor, String pan, String financialYear, BigDecimal interest,
            BigDecimal tds, List<? extends Account> deposits) {
        Truth t = header(bank, depositor, pan, financialYear, interest, tds);
        for (Account a : deposits) {
            deposit(t, a.account(), a.type(), a.interest(), a.tds());
        }
        return t;
    }

    /** The fields without items; @param pan the depositor's PAN, or null when the document does not print it. */
    public static Truth header(String bank, String depositor, String pan, String financialYear, BigDecimal interest,
            BigDecimal tds) {
        Truth t = new Truth("INTEREST_CERTIFICATE");
        t.text("bank_name", bank);
        t.text("depositor_name", depositor);
        if (pan != null) {
            t.text("depositor_pan", pan);
        }
        t.text("financial_year", financialYear);
        t.amount("total_interest", interest);
        t.amount("total_tds", tds);
        return t;
    }

    /** Adds one deposit's item: account and type in the contract's form, interest and tax deducted. */
    public static void deposit(Truth t, String account, String type, BigDecimal interest, BigDecimal tds) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("account_number", account);
        v.put("deposit_type", type);
        v.put("interest", AmountStyle.truth(interest));
        v.put("tds", AmountStyle.truth(tds));
        t.item("deposit", v);
    }
}
