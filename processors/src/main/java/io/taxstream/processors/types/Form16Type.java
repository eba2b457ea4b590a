package io.taxstream.processors.types;

import static io.taxstream.processors.validate.Amounts.ONE;
import static io.taxstream.processors.validate.Amounts.ROUNDING_288A;
import static io.taxstream.processors.validate.Amounts.ROUNDING_288A_UP;

import io.taxstream.avro.DocType;
import io.taxstream.processors.extract.Item;
import io.taxstream.processors.rules.Draft;
import io.taxstream.processors.rules.FieldRule;
import io.taxstream.processors.rules.SectionRule;
import io.taxstream.processors.rules.TableRule;
import io.taxstream.processors.validate.ContractRules;
import io.taxstream.processors.validate.DateRules;
import io.taxstream.processors.validate.Rule;
import java.util.List;
import java.util.Set;

/** FORM_16: the TDS certificate for salary, Part A (TRACES) and/or Part B (employer). */
final class Form16Type implements DocumentType {

    /** Part B's salary block, where a bare "Total" row is the gross salary. */
    static final String SALARY = "salary";
    /** Part B's block of allowances exempt under section 10, where a bare "Total" row is their total. */
    static final String EXEMPTIONS = "exemptions";
    /** Part B's Chapter VI-A block, where a bare "Total" row is the aggregate deduction. */
    static final String CHAPTER_VI_A = "chapter_vi_a";
    /** A block headed "Tax computation", where a bare "Income Tax" row is the tax on total income. */
    static final String TAX = "tax";

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
                ContractRules.atMost("form16.taxable_within_gross_total", "total_taxable_income", "gross_total_income",
                        ROUNDING_288A_UP),
                ContractRules.difference("form16.taxable_income", "gross_total_income", "total_chapter_via_deductions",
                        "total_taxable_income", ROUNDING_288A),
                ContractRules.atMost("form16.rebate_within_tax", "rebate_87a", "tax_on_total_income"),
                Form16Completion.distinctPans(),
                DateRules.withinFinancialYear(Set.of("period_from", "period_to")));
    }

    @Override
    public int contextTokens() {
        return 6144;
    }

    @Override
    public List<SectionRule> sections() {
        return List.of(
                SectionRule.of(SALARY, List.of("gross salary\\s*$"), List.of("exempt", "^\\W*2\\b", "deduction")),
                SectionRule.of(EXEMPTIONS, List.of("allowances? to the extent exempt", "exempt(ion)?s? (u/s|under section) 10\\s*$",
                        "exempt allowances\\s*$", "exemptions?\\s*\\(?(u/s|under )?(section|sec\\.?) 10\\)?"), List.of("^\\W*\\d+\\W", "balance", "deductions?\\b")),
                SectionRule.of(CHAPTER_VI_A, List.of("deductions? (under|u/s) chapter vi-?a\\s*$"),
                        List.of("total income", "taxable income", "^\\W*1[0-2]\\W+(?!.*80)")),
                SectionRule.of(TAX, List.of("tax computation", "computation of tax"), List.of("\\btds\\b", "quarter", "verification")));
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
                // "Total", or a bilingual "कुल / Total"
                .stopAt("^[^/a-z0-9]*/?\\s*total\\b", "\\btotal \\(rs")
                .mapper(Form16Completion::quarterRow)
                .build(),
                // pension and government certificates list TDS month by month; the months fold into quarters
                TableRule.items(Form16Completion.MONTH_ROWS)
                .column("month", "month")
                .column("amount_paid", "amount paid", "paid", "credited", "amount of salary")
                .column("tax_deducted", "deducted", "tds")
                .column("tax_deposited", "deposited", "remitted")
                .headerNeeds("month", "tax_deducted")
                .rowStartsWith("month", Form16Completion.MONTH)
                .skip("\\btotal\\b")
                .stopAt("total for the (financial )?year", "^\\s*(grand )?total\\s*(\\(|$|\\d|rs)")
                .mapper(Form16Completion::monthRow)
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
