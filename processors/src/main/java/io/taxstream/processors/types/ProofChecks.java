package io.taxstream.processors.types;

import io.taxstream.processors.validate.Amounts;
import io.taxstream.processors.validate.Issue;
import io.taxstream.processors.validate.Rule;
import java.math.BigDecimal;
import java.util.List;

/** Checks of an investment proof: its section belongs to its kind, its amount is a payment, its date lies in its year. */
final class ProofChecks {

    private ProofChecks() {
    }

    /** The section is the one the proof's kind supports. */
    static Rule sectionFitsKind() {
        return extraction -> {
            String kind = extraction.value("proof_kind");
            String section = extraction.value("section");
            if (kind == null || section == null || ProofKinds.OTHER.equals(kind)) {
                return List.of();
            }
            String expected = ProofKinds.named(kind).section();
            return section.equals(expected) ? List.of()
                    : List.of(Issue.error("proof.section_of_kind", "section " + section + " does not support " + kind));
        };
    }

    /** Confidence of a kind that another kind has about as much evidence for. */
    static final double UNSURE_KIND = 0.55;

    /** The kind stands out from the others (a proof whose words fit two kinds goes to review). */
    static Rule kindEvidenced() {
        return extraction -> {
            var kind = extraction.fields().get("proof_kind");
            return kind == null || ProofKinds.OTHER.equals(kind.value()) || kind.confidence() > UNSURE_KIND ? List.of()
                    : List.of(Issue.error("proof.kind_contested", "the document's words fit " + kind.value() + " and another kind about equally"));
        };
    }

    /** The amount paid or certified is more than zero. */
    static Rule positiveAmount() {
        return extraction -> {
            BigDecimal amount = Amounts.parse(extraction.value("amount"));
            return amount == null || amount.signum() > 0 ? List.of()
                    : List.of(Issue.error("proof.amount_positive", "amount " + Amounts.format(amount) + " is no payment"));
        };
    }

    /** The payment date lies in the financial year the proof states (a warning). */
    static Rule paymentInYear() {
        return extraction -> {
            String date = extraction.value("payment_date");
            String fy = extraction.value("financial_year");
            if (date == null || fy == null) {
                return List.of();
            }
            int start = Integer.parseInt(fy.substring(0, 4));
            String from = start + "-04-01";
            String to = (start + 1) + "-03-31";
            return date.compareTo(from) >= 0 && date.compareTo(to) <= 0 ? List.of()
                    : List.of(Issue.warn("proof.date_in_year", "payment_date lies outside financial year " + fy));
        };
    }
}
