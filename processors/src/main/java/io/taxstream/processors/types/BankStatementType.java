package io.taxstream.processors.types;

import io.taxstream.avro.DocType;
import io.taxstream.processors.rules.Draft;
import io.taxstream.processors.rules.FieldRule;
import io.taxstream.processors.rules.TableRule;
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
                BalanceRules.openingPlusCreditsMinusDebits(),
                BalanceRules.closingIsLastBalance(),
                BalanceRules.totalsMatchItems(),
                BalanceRules.transactionsWhenBalanceMoved(),
                BalanceRules.datesWithinPeriod());
    }

    @Override
    public int contextTokens() {
        return 8192;
    }

    @Override
    public List<FieldRule> fieldRules() {
        return BankFields.all();
    }

    @Override
    public List<String> otherLabels() {
        return BankFields.OTHER_LABELS;
    }

    @Override
    public List<TableRule> tables() {
        return List.of(BankTable.rule());
    }

    @Override
    public void complete(Draft draft) {
        BankCompletion.complete(draft);
    }
}
