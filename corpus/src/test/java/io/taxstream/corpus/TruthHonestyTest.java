package io.taxstream.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every truth value is printed in the document in some form: the truth never claims what is not shown. */
class TruthHonestyTest {

    private static final Set<String> AMOUNTS = Set.of("total_tds", "gross_salary", "salary_17_1", "perquisites_17_2",
            "profits_in_lieu_17_3", "exemptions_section_10", "hra_exemption", "standard_deduction", "professional_tax",
            "income_under_head_salaries", "gross_total_income", "deduction_80c", "deduction_80ccd_1b", "deduction_80d",
            "total_chapter_via_deductions", "total_taxable_income", "tax_on_total_income", "rebate_87a",
            "health_education_cess", "net_tax_payable", "basic", "hra", "special_allowance", "gross_earnings",
            "provident_fund", "income_tax", "total_deductions", "net_pay", "opening_balance", "closing_balance",
            "total_credits", "total_debits", "total_interest", "stcg_total", "ltcg_total", "total_sale_value", "amount",
            "amount_paid", "tax_deducted", "tax_deposited", "debit", "credit", "balance", "interest", "tds",
            "purchase_value", "sale_value", "gain", "days_paid", "transaction_count", "quantity");
    private static final Set<String> DATES = Set.of("period_from", "period_to", "payment_date", "date",
            "purchase_date", "sale_date");
    private static final Set<String> YEARS = Set.of("assessment_year", "financial_year");
    /** Fields the contract computes from the line items when the document does not print them. */
    private static final Set<String> DERIVED = Set.of("total_credits", "total_debits", "transaction_count");
    /** Enumerations a document states in words of its own ("Short Term", "Yes" to 115BAC). */
    private static final Set<String> WORDED = Set.of("tax_regime", "proof_kind", "type", "term", "deposit_type",
            "section");

    @Test
    void shouldPrintEveryTruthValueInSomeForm() {
        List<String> missing = new ArrayList<>();
        for (GeneratedDocument d : Fixtures.readable()) {
            PrintedForms printed = new PrintedForms(Fixtures.text(d));
            Fixtures.fields(d).forEach((name, v) -> check(d, printed, name, v.get("value"), missing));
            for (String kind : List.of("tds_quarter", "pay_component", "transaction", "deposit", "trade")) {
                for (Map<String, String> item : Fixtures.items(d, kind)) {
                    item.forEach((name, value) -> check(d, printed, name, value, missing));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static void check(GeneratedDocument d, PrintedForms p, String name, String value, List<String> missing) {
        if (!shows(p, name, value)) {
            missing.add(d.layout() + " " + d.fileName() + ": " + name + "=" + value);
        }
    }

    private static boolean shows(PrintedForms p, String name, String value) {
        if (WORDED.contains(name) || DERIVED.contains(name)) {
            return true;
        }
        if (AMOUNTS.contains(name)) {
            return p.showsAmount(value);
        }
        if (DATES.contains(name)) {
            return p.showsDate(value);
        }
        if (YEARS.contains(name)) {
            return p.showsYears(value);
        }
        if (name.equals("pay_period")) {
            return p.showsMonth(value);
        }
        if (name.equals("account_number")) {
            return p.showsAccount(value);
        }
        return p.showsText(value);
    }
}
