package io.taxstream.processors.types;

import io.taxstream.avro.DocType;
import io.taxstream.processors.validate.BalanceRules;
import io.taxstream.processors.validate.ContractRules;
import io.taxstream.processors.validate.Rule;
import java.util.List;

/** BANK_STATEMENT: an account statement with a transaction table. */
final class BankStatementType implements DocumentType {

    @Override
    public DocType type() {
        return DocType.BANK_STATEMENT;
    }

    @Override
    public List<Rule> rules() {
        return List.of(
                ContractRules.identifiers(type()),
                BalanceRules.runningBalance(),
                BalanceRules.openingPlusCreditsMinusDebits());
    }

    @Override
    public int contextTokens() {
        return 8192;
    }
}
