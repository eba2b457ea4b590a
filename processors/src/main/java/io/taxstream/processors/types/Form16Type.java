package io.taxstream.processors.types;

import static io.taxstream.processors.validate.Amounts.ONE;

import io.taxstream.avro.DocType;
import io.taxstream.processors.extract.Item;
import io.taxstream.processors.rules.Draft;
import io.taxstream.processors.rules.FieldRule;
import io.taxstream.processors.rules.TableRule;
import io.taxstream.processors.validate.ContractRules;
import io.taxstream.processors.validate.DateRules;
import io.taxstream.processors.validate.Rule;
import java.util.List;
import java.util.Set;

/** FORM_16: the TDS certificate for salary, Part A (TRACES) and/or Part B (employer). */
final class Form16Type implements DocumentType {

    @Override
    public DocType type() {
        return DocType.FORM_16;
    }

    @Override
    public List<Rule> rules() {
        return List.of(
                ContractRules.identifiers(type()),
                ContractRules.itemsSum("form16.tds_quarters_sum", "tds_quarter", "tax_deducted", null, null, "total_tds", ONE),
                ContractRules.fieldsSum("form16.gross_salary_sum", "gross_salary", ONE,
                        "salary_17_1", "perquisites_17_2", "profits_in_lieu_17_3"),
                ContractRules.atMost("form16.taxable_within_gross_total", "total_taxable_income", "gross_total_income"),
                ContractRules.difference("form16.taxable_income", "gross_total_income", "total_chapter_via_deductions",
                        "total_taxable_income", ONE),
                ContractRules.atMost("form16.rebate_within_tax", "rebate_87a", "tax_on_total_income"),
                Form16Completion.distinctPans(),
                DateRules.withinFinancialYear(Set.of("period_from", "period_to")));
    }

    @Override
    public int contextTokens() {
        return 6144;
    }

    @Override
    public List<FieldRule> fieldRules() {
        return Form16Fields.all();
    }

    @Override
    public List<TableRule> tables() {
        return List.of(TableRule.items("tds_quarter")
                .column("quarter", "quarter")
                .column("receipt_number", "receipt", "acknowledgement", "token")
                .column("amount_paid", "amount paid", "paid/", "credited", "amount of salary")
                .column("tax_deducted", "deducted", "tax deducted", "tds")
                .column("tax_deposited", "deposited", "remitted")
                .headerNeeds("quarter", "tax_deducted")
                .rowStartsWith("quarter", Form16Completion.QUARTER)
                .stopAt("^\\s*total\\b", "\\btotal \\(rs")
                .mapper(Form16Completion::quarterRow)
                .build());
    }

    @Override
    public void complete(Draft draft) {
        Form16Completion.complete(draft);
    }

    static List<Item> quarters(Draft draft) {
        return draft.items("tds_quarter");
    }
}
