package io.taxstream.processors.types;

import io.taxstream.avro.DocType;
import io.taxstream.processors.rules.Draft;
import io.taxstream.processors.rules.FieldRule;
import io.taxstream.processors.validate.ContractRules;
import io.taxstream.processors.validate.Rule;
import java.util.List;

/** INVESTMENT_PROOF: a proof for a deduction or exemption. */
final class InvestmentProofType implements DocumentType {

    @Override
    public DocType type() {
        return DocType.INVESTMENT_PROOF;
    }

    @Override
    public List<Rule> rules() {
        return List.of(ContractRules.identifiers(type()), ProofChecks.sectionFitsKind(), ProofChecks.kindEvidenced(), ProofChecks.positiveAmount(),
                ProofChecks.paymentInYear());
    }

    @Override
    public int contextTokens() {
        return 4096;
    }

    @Override
    public List<FieldRule> fieldRules() {
        return ProofFields.all();
    }

    @Override
    public List<String> otherLabels() {
        return ProofFields.OTHER_LABELS;
    }

    @Override
    public void complete(Draft draft) {
        ProofCompletion.complete(draft);
    }
}
