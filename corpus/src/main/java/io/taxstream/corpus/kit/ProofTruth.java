package io.taxstream.corpus.kit;

import io.taxstream.corpus.util.Truth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * An investment proof's truth; optional facts are added only when the document prints them.
 * Home loan certificates print interest and principal: their truth is proof_kind
 * HOME_LOAN_INTEREST, section 24(b), amount = interest (principal goes to 80C and is not the amount).
 */
public final class ProofTruth {

    private final Truth t = new Truth("INVESTMENT_PROOF");

    /** @param section the section as printed, or null when the document names none */
    public ProofTruth(String kind, String section, String issuer, String holder, BigDecimal amount) {
        t.text("proof_kind", kind);
        if (section != null) {
            t.text("section", section);
        }
        t.text("issuer_name", issuer);
        t.text("holder_name", holder);
        t.amount("amount", amount);
    }

    public ProofTruth pan(String pan) {
        t.text("holder_pan", pan);
        return this;
    }

    public ProofTruth reference(String ref) {
        t.text("reference_number", ref);
        return this;
    }

    public ProofTruth paid(LocalDate date) {
        t.date("payment_date", date);
        return this;
    }

    public ProofTruth year(int fyStart) {
        t.text("financial_year", FinancialYear.span(fyStart));
        return this;
    }

    public Map<String, Object> build() {
        return t.build();
    }
}
