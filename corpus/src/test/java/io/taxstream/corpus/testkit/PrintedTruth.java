package io.taxstream.corpus.testkit;

import io.taxstream.corpus.GeneratedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/** Whether a truth claims only what its document prints: each value is looked for in the form its field takes. */
public final class PrintedTruth {

    public static final Set<String> AMOUNTS = Set.of("total_tds", "gross_salary", "salary_17_1", "perquisites_17_2",
            "profits_in_lieu_17_3", "exemptions_section_10", "hra_exemption", "standard_deduction", "professional_tax",
            "income_under_head_salaries", "gross_total_income", "deduction_80c", "deduction_80ccd_1b", "deduction_80d",
            "total_chapter_via_deductions", "total_taxable_income", "tax_on_total_income", "rebate_87a",
            "health_education_cess", "net_tax_payable", "basic", "hra", "special_allowance", "gross_earnings",
            "provident_fund", "income_tax", "total_deductions", "net_pay", "opening_balance", "closing_balance",
            "total_credits", "total_debits", "total_interest", "stcg_total", "ltcg_total", "total_sale_value", "amount",
            "amount_paid", "tax_deducted", "tax_deposited", "debit", "credit", "balance", "interest", "tds",
            "purchase_value", "sale_value", "gain", "days_paid", "transaction_count", "quantity");
    public static final Set<String> DATES = Set.of("period_from", "period_to", "payment_date", "date",
            "purchase_date", "sale_date");
    public static final Set<String> YEARS = Set.of("assessment_year", "financial_year");
    /** Enumerations a document states in words of its own ("Short Term", "Yes" to 115BAC, "Earning"). */
    public static final Set<String> WORDED = Set.of("tax_regime", "proof_kind", "type", "term");

    private PrintedTruth() {
    }

    /**
     * Every field and item value of the corpus's readable documents that their text does not show,
     * as {@code layout file: name=value}.
     *
     * @param exempt values not to look for (worded enumerations, totals computed from rows)
     */
    public static List<String> unprinted(CorpusFixture corpus, BiPredicate<GeneratedDocument, String> exempt) {
        List<String> missing = new ArrayList<>();
        for (GeneratedDocument d : corpus.readable()) {
            ShownValues p = new ShownValues(corpus.text(d));
            Truths.fields(d).forEach((name, v) -> check(d, p, name, v.get("value"), exempt, missing));
            for (Map<String, Object> item : Truths.allItems(d)) {
                @SuppressWarnings("unchecked")
                Map<String, String> values = (Map<String, String>) item.get("values");
                values.forEach((name, value) -> check(d, p, name, value, exempt, missing));
            }
        }
        return missing;
    }

    private static void check(GeneratedDocument d, ShownValues p, String name, String value,
            BiPredicate<GeneratedDocument, String> exempt, List<String> missing) {
        if (!exempt.test(d, name) && !shows(p, name, value)) {
            missing.add(d.layout() + " " + d.fileName() + ": " + name + "=" + value);
        }
    }

    /** Whether the text shows the value in the form its field takes. */
    public static boolean shows(ShownValues p, String name, String value) {
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
