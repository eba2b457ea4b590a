package io.taxstream.corpus.holdout2;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.corpus.GeneratedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every truth value of the second holdout set is printed in its document's text (as PDFBox extracts
 * it) in some form. The exceptions are the bank statement's total_credits, total_debits and
 * transaction_count, which the contract defines as computed from the rows; the arithmetic test
 * holds them to the rows instead.
 */
class Holdout2TruthHonestyTest {

    private static final Set<String> AMOUNTS = Set.of("total_tds", "gross_salary", "salary_17_1", "perquisites_17_2",
            "profits_in_lieu_17_3", "exemptions_section_10", "hra_exemption", "standard_deduction", "professional_tax",
            "income_under_head_salaries", "gross_total_income", "deduction_80c", "deduction_80ccd_1b", "deduction_80d",
            "total_chapter_via_deductions", "total_taxable_income", "tax_on_total_income", "rebate_87a",
            "health_education_cess", "net_tax_payable", "basic", "hra", "special_allowance", "gross_earnings",
            "provident_fund", "income_tax", "total_deductions", "net_pay", "opening_balance", "closing_balance",
            "total_interest", "stcg_total", "ltcg_total", "total_sale_value", "amount", "amount_paid", "tax_deducted",
            "tax_deposited", "debit", "credit", "balance", "interest", "tds", "purchase_value", "sale_value", "gain",
            "days_paid", "quantity");
    private static final Set<String> COMPUTED = Set.of("total_credits", "total_debits", "transaction_count");
    private static final Set<String> DATES = Set.of("period_from", "period_to", "payment_date", "date",
            "purchase_date", "sale_date");
    private static final Set<String> YEARS = Set.of("assessment_year", "financial_year");
    /** Enumerations a document states in words of its own ("Short Term", "115BAC", "Earned" / "Deducted"). */
    private static final Set<String> WORDED = Set.of("tax_regime", "proof_kind", "type", "term");

    @Test
    void shouldPrintEveryTruthValueInSomeForm() {
        List<String> missing = new ArrayList<>();
        for (GeneratedDocument d : Holdout2Fixtures.readable()) {
            Holdout2Printed printed = new Holdout2Printed(Holdout2Fixtures.text(d));
            Holdout2Fixtures.fields(d).forEach((name, v) -> check(d, printed, name, v.get("value"), missing));
            for (Map<String, Object> item : Holdout2Fixtures.allItems(d)) {
                @SuppressWarnings("unchecked")
                Map<String, String> values = (Map<String, String>) item.get("values");
                values.forEach((name, value) -> check(d, printed, name, value, missing));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void shouldPrintTheWordsBehindEveryEnumeration() {
        List<String> missing = new ArrayList<>();
        for (GeneratedDocument d : Holdout2Fixtures.readable()) {
            String text = Holdout2Fixtures.text(d).toLowerCase(Locale.ROOT);
            if (Holdout2Fixtures.field(d, "tax_regime") != null && !(text.contains("115bac") || text.contains("regime"))) {
                missing.add(d.layout() + ": tax regime not stated");
            }
            for (Map<String, String> t : Holdout2Fixtures.items(d, "trade")) {
                String word = t.get("term").equals("LONG") ? "long" : "short";
                if (!(text.contains(word + " term") || text.contains(word + "-term"))) {
                    missing.add(d.layout() + ": term " + t.get("term") + " not stated");
                }
            }
            String section = Holdout2Fixtures.field(d, "section");
            if (section != null && !text.contains(section.toLowerCase(Locale.ROOT))) {
                missing.add(d.layout() + ": section " + section + " not printed");
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void shouldAlwaysCarryTheComputedStatementTotals() {
        for (GeneratedDocument d : Holdout2Fixtures.ofType("BANK_STATEMENT")) {
            for (String f : COMPUTED) {
                assertThat(Holdout2Fixtures.field(d, f)).as(d.layout() + " " + f).isNotNull();
            }
        }
    }

    private static void check(GeneratedDocument d, Holdout2Printed p, String name, String value, List<String> missing) {
        if (!shows(d, p, name, value)) {
            missing.add(d.layout() + " " + d.fileName() + ": " + name + "=" + value);
        }
    }

    private static boolean shows(GeneratedDocument d, Holdout2Printed p, String name, String value) {
        if (WORDED.contains(name) || COMPUTED.contains(name) && d.docType().equals("BANK_STATEMENT")) {
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
