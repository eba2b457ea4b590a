package io.taxstream.processors.types;

import static io.taxstream.processors.validate.Amounts.ONE;

import io.taxstream.avro.DocType;
import io.taxstream.processors.extract.Extraction;
import io.taxstream.processors.rules.Draft;
import io.taxstream.processors.rules.FieldRule;
import io.taxstream.processors.rules.TableRule;
import io.taxstream.processors.validate.ContractRules;
import io.taxstream.processors.validate.Issue;
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
                ContractRules.itemsSum("interest.tds_sum", "deposit", "tds", null, null, "total_tds", ONE),
                ContractRules.atMost("interest.tds_within_interest", "total_tds", "total_interest"),
                InterestCertificateType::depositsComplete);
    }

    /**
     * Every deposit gives its type: a deposit read without one (a table with no type column, a type
     * the reader could not place) is half a deposit, and is for a reviewer to complete.
     */
    private static List<Issue> depositsComplete(Extraction extraction) {
        long untyped = extraction.items("deposit").stream().filter(d -> d.get("deposit_type") == null).count();
        return untyped == 0 ? List.of()
                : List.of(Issue.error("interest.deposit_type", untyped + " deposit(s) read without a deposit type"));
    }

    @Override
    public int contextTokens() {
        return 1024;
    }

    @Override
    public List<FieldRule> fieldRules() {
        return InterestFields.all();
    }

    @Override
    public List<String> otherLabels() {
        return InterestFields.OTHER_LABELS;
    }

    @Override
    public List<TableRule> tables() {
        return List.of(InterestTable.rule());
    }

    @Override
    public void complete(Draft draft) {
        InterestCompletion.complete(draft);
    }
}
