package io.taxstream.corpus.proof;

import io.taxstream.corpus.util.Truth;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The truth of an investment proof; optional parts are set only when the document prints them.
 * Home loan certificates print interest and principal: their truth is proof_kind
 * HOME_LOAN_INTEREST, section 24(b), amount = interest (principal goes to 80C and is not the amount).
 */
final class ProofTruth {

    private final Truth t = new Truth("INVESTMENT_PROOF");

    ProofTruth(String kind, String section, String issuer, String holder, BigDecimal amount) {
        t.text("proof_kind", kind);
        if (section != null) {
            t.text("section", section);
        }
        t.text("issuer_name", issuer);
        t.text("holder_name", holder);
        t.amount("amount", amount);
    }

    ProofTruth pan(String pan) {
        t.text("holder_pan", pan);
        return this;
    }

    ProofTruth reference(String ref) {
        t.text("reference_number", ref);
        return this;
    }

    ProofTruth paid(LocalDate date) {
        t.date("payment_date", date);
        return this;
    }

    ProofTruth year(int fyStart) {
        t.text("financial_year", fy(fyStart));
        return this;
    }

    java.util.Map<String, Object> build() {
        return t.build();
    }

    static String fy(int fyStart) {
        return fyStart + "-" + String.format(java.util.Locale.ROOT, "%02d", (fyStart + 1) % 100);
    }
}
