package io.taxstream.processors.types;

import static io.taxstream.processors.validate.Amounts.ONE;

import io.taxstream.avro.DocType;
import io.taxstream.processors.validate.ContractRules;
import io.taxstream.processors.validate.Rule;
import java.util.List;

/** INTEREST_CERTIFICATE: interest paid and TDS on deposits for a financial year. */
final class InterestCertificateType implements DocumentType {

    @Override
    public DocType type() {
        return DocType.INTEREST_CERTIFICATE;
    }

    @Override
    public List<Rule> rules() {
        return List.of(
                ContractRules.identifiers(type()),
                ContractRules.itemsSum("interest.interest_sum", "deposit", "interest", null, null, "total_interest", ONE),
                ContractRules.itemsSum("interest.tds_sum", "deposit", "tds", null, null, "total_tds", ONE));
    }

    @Override
    public int contextTokens() {
        return 1024;
    }
}
