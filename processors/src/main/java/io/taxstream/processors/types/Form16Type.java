package io.taxstream.processors.types;

import static io.taxstream.processors.validate.Amounts.ONE;

import io.taxstream.avro.DocType;
import io.taxstream.processors.validate.ContractRules;
import io.taxstream.processors.validate.Rule;
import java.util.List;

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
                ContractRules.atMost("form16.taxable_within_gross_total", "total_taxable_income", "gross_total_income"));
    }

    @Override
    public int contextTokens() {
        return 6144;
    }
}
