package io.taxstream.corpus.holdout2.proof;

import io.taxstream.corpus.holdout2.kit.Fy;
import io.taxstream.corpus.util.Truth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** An investment proof's truth; optional facts only when the document prints them. */
final class ProofFacts {

    private final Truth t = new Truth("INVESTMENT_PROOF");

    /** @param section the section as printed, or null when none is printed */
    ProofFacts(String kind, String section, String issuer, String holder, BigDecimal amount) {
        t.text("proof_kind", kind);
        if (section != null) {
            t.text("section", section);
        }
        t.text("issuer_name", issuer);
        t.text("holder_name", holder);
        t.amount("amount", amount);
    }

    ProofFacts pan(String pan) {
        t.text("holder_pan", pan);
        return this;
    }

    ProofFacts reference(String ref) {
        t.text("reference_number", ref);
        return this;
    }

    ProofFacts paid(LocalDate date) {
        t.date("payment_date", date);
        return this;
    }

    ProofFacts year(int fyStart) {
        t.text("financial_year", Fy.span(fyStart));
        return this;
    }

    Map<String, Object> build() {
        return t.build();
    }
}
