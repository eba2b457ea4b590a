package io.taxstream.processors.types;

import static io.taxstream.processors.validate.Amounts.ONE;

import io.taxstream.avro.DocType;
import io.taxstream.processors.normalize.Normalizers;
import io.taxstream.processors.rules.Draft;
import io.taxstream.processors.rules.FieldRule;
import io.taxstream.processors.rules.TableRule;
import io.taxstream.processors.rules.ValueParsers;
import io.taxstream.processors.validate.ContractRules;
import io.taxstream.processors.validate.Rule;
import java.util.List;

/** PAYSLIP: a monthly salary slip. */
final class PayslipType implements DocumentType {

    @Override
    public DocType type() {
        return DocType.PAYSLIP;
    }

    @Override
    public List<Rule> rules() {
        return List.of(
                ContractRules.identifiers(type()),
                ContractRules.difference("payslip.net_pay", "gross_earnings", "total_deductions", "net_pay", ONE),
                ContractRules.itemsSum("payslip.earnings_sum", "pay_component", "amount", "type", "EARNING", "gross_earnings", ONE),
                ContractRules.itemsSum("payslip.deductions_sum", "pay_component", "amount", "type", "DEDUCTION", "total_deductions", ONE),
                ContractRules.atMost("payslip.net_within_gross", "net_pay", "gross_earnings"));
    }

    @Override
    public int contextTokens() {
        return 2048;
    }

    @Override
    public List<FieldRule> fieldRules() {
        return PayslipFields.all();
    }

    @Override
    public List<TableRule> tables() {
        return List.of(TableRule.items("pay_component")
                .column("name", "particulars", "component", "description", "pay ?head", "salary head", "\\bhead\\b", "\\bitem\\b")
                .column("type", "\\btype\\b", "earning ?/ ?deduction")
                .column("amount", "amount", "\\bvalue\\b", "\\brs\\.?\\b", "\\binr\\b")
                .headerNeeds("name", "type", "amount")
                .rowStartsWith("type", PayslipCompletion.COMPONENT_TYPE)
                .stopAt("\\bgross\\b", "\\btotal\\b", "\\bnet\\b")
                .mapper(PayslipCompletion::typedComponent)
                .build(),
                // one column of names, the month's amount under "Earned" or under "Deducted" (statutory wage slips)
                TableRule.items("pay_component")
                .column("name", "particulars", "component", "description", "pay ?head", "salary head", "\\bhead\\b")
                .column("earned", "earned", "earnings?", "payments?")
                .column("deducted", "deducted", "deductions?", "recover(ed|ies)")
                .headerNeeds("name", "earned", "deducted")
                .rowStartsWith("name", ValueParsers.phrase(Normalizers::text))
                .stopAt("^\\s*(grand )?total\\b", "\\bnet\\b")
                .mapper(PayslipCompletion::earnedOrDeducted)
                .build());
    }

    @Override
    public List<String> otherLabels() {
        return PayslipFields.OTHER_LABELS;
    }

    @Override
    public void complete(Draft draft) {
        PayslipCompletion.complete(draft);
    }
}
