package io.taxstream.corpus.testkit;

import io.taxstream.corpus.GeneratedDocument;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The contract's shape: the field names of each doc_type, item kinds and keys, and the form of each value. */
public final class ContractShape {

    /** The fields each doc_type may have. */
    public static final Map<String, Set<String>> FIELDS = Map.of(
            "FORM_16", Set.of("employer_name", "employer_tan", "employer_pan", "employee_name", "employee_pan",
                    "assessment_year", "period_from", "period_to", "certificate_number", "total_tds", "gross_salary",
                    "salary_17_1", "perquisites_17_2", "profits_in_lieu_17_3", "exemptions_section_10", "hra_exemption",
                    "standard_deduction", "professional_tax", "income_under_head_salaries", "gross_total_income",
                    "deduction_80c", "deduction_80ccd_1b", "deduction_80d", "total_chapter_via_deductions",
                    "total_taxable_income", "tax_on_total_income", "rebate_87a", "health_education_cess",
                    "net_tax_payable", "tax_regime"),
            "PAYSLIP", Set.of("employer_name", "employee_name", "employee_id", "employee_pan", "uan", "pay_period",
                    "days_paid", "basic", "hra", "special_allowance", "gross_earnings", "provident_fund",
                    "professional_tax", "income_tax", "total_deductions", "net_pay"),
            "BANK_STATEMENT", Set.of("bank_name", "account_holder", "account_number", "ifsc", "period_from", "period_to",
                    "opening_balance", "closing_balance", "total_credits", "total_debits", "transaction_count"),
            "INTEREST_CERTIFICATE", Set.of("bank_name", "depositor_name", "depositor_pan", "financial_year",
                    "total_interest", "total_tds"),
            "CAPITAL_GAINS", Set.of("issuer_name", "investor_name", "investor_pan", "financial_year", "stcg_total",
                    "ltcg_total", "total_sale_value"),
            "INVESTMENT_PROOF", Set.of("proof_kind", "section", "issuer_name", "holder_name", "holder_pan",
                    "reference_number", "amount", "payment_date", "financial_year"));
    /** The kind of item each doc_type lists. */
    public static final Map<String, String> ITEM_KIND = Map.of("FORM_16", "tds_quarter", "PAYSLIP", "pay_component",
            "BANK_STATEMENT", "transaction", "INTEREST_CERTIFICATE", "deposit", "CAPITAL_GAINS", "trade");
    /** The fields every document of a readable doc_type carries, in every holdout set. */
    public static final Map<String, List<String>> REQUIRED = Map.of(
            "FORM_16", List.of("employer_name", "employer_tan", "employee_name", "employee_pan", "assessment_year"),
            "PAYSLIP", List.of("employer_name", "employee_name", "pay_period", "gross_earnings", "net_pay"),
            "BANK_STATEMENT", List.of("bank_name", "account_holder", "account_number", "period_from", "period_to",
                    "opening_balance", "closing_balance"),
            "INTEREST_CERTIFICATE", List.of("bank_name", "depositor_name", "financial_year", "total_interest",
                    "total_tds"),
            "CAPITAL_GAINS", List.of("issuer_name", "investor_name", "investor_pan", "financial_year"),
            "INVESTMENT_PROOF", List.of("proof_kind", "issuer_name", "holder_name", "amount"));
    /** The keys an item of each kind may have. */
    public static final Map<String, Set<String>> ITEM_KEYS = Map.of(
            "tds_quarter", Set.of("quarter", "amount_paid", "tax_deducted", "tax_deposited", "receipt_number"),
            "pay_component", Set.of("name", "type", "amount"),
            "transaction", Set.of("date", "description", "debit", "credit", "balance", "reference"),
            "deposit", Set.of("account_number", "deposit_type", "interest", "tds"),
            "trade", Set.of("security", "isin", "quantity", "purchase_date", "sale_date", "purchase_value",
                    "sale_value", "gain", "term"));
    private static final Pattern AMOUNT = Pattern.compile("-?\\d+\\.\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern PAN = Pattern.compile("[A-Z]{3}[ABCFGHLJPT][A-Z]\\d{4}[A-Z]");
    private static final Pattern TAN = Pattern.compile("[A-Z]{4}\\d{5}[A-Z]");
    private static final Pattern IFSC = Pattern.compile("[A-Z]{4}0[A-Z0-9]{6}");
    private static final Set<String> AMOUNT_FIELDS = Set.of("total_tds", "gross_salary", "salary_17_1",
            "perquisites_17_2", "profits_in_lieu_17_3", "exemptions_section_10", "hra_exemption", "standard_deduction",
            "professional_tax", "income_under_head_salaries", "gross_total_income", "deduction_80c",
            "deduction_80ccd_1b", "deduction_80d", "total_chapter_via_deductions", "total_taxable_income",
            "tax_on_total_income", "rebate_87a", "health_education_cess", "net_tax_payable", "basic", "hra",
            "special_allowance", "gross_earnings", "provident_fund", "income_tax", "total_deductions", "net_pay",
            "opening_balance", "closing_balance", "total_credits", "total_debits", "total_interest", "stcg_total",
            "ltcg_total", "total_sale_value", "amount", "amount_paid", "tax_deducted", "tax_deposited", "debit",
            "credit", "balance", "interest", "tds", "purchase_value", "sale_value", "gain");

    private ContractShape() {
    }

    /** Adds a problem when the value is not in the contract's form for the field or item key. */
    public static void check(GeneratedDocument d, String name, String value, List<String> problems) {
        boolean ok;
        if (AMOUNT_FIELDS.contains(name)) {
            ok = AMOUNT.matcher(value).matches();
        } else if (name.endsWith("_date") || name.equals("date") || name.equals("period_from")
                || name.equals("period_to")) {
            ok = DATE.matcher(value).matches();
        } else if (name.equals("financial_year") || name.equals("assessment_year")) {
            var m = YEARS.matcher(value);
            ok = m.matches() && (Integer.parseInt(m.group(1)) + 1) % 100 == Integer.parseInt(m.group(2));
        } else if (name.endsWith("_pan")) {
            ok = PAN.matcher(value).matches();
        } else if (name.endsWith("_tan")) {
            ok = TAN.matcher(value).matches();
        } else if (name.equals("ifsc")) {
            ok = IFSC.matcher(value).matches();
        } else if (name.equals("pay_period")) {
            ok = value.matches("\\d{4}-\\d{2}");
        } else if (name.equals("uan")) {
            ok = value.matches("\\d{12}");
        } else if (name.equals("account_number")) {
            ok = value.matches("[0-9X]+");
        } else if (name.equals("days_paid") || name.equals("quantity") || name.equals("transaction_count")) {
            ok = value.matches("\\d+(\\.\\d+)?") && !value.matches(".*\\.\\d*0");
        } else if (name.equals("tax_regime")) {
            ok = value.equals("OLD") || value.equals("NEW");
        } else if (name.equals("quarter")) {
            ok = value.matches("Q[1-4]");
        } else if (name.equals("type")) {
            ok = value.equals("EARNING") || value.equals("DEDUCTION");
        } else if (name.equals("term")) {
            ok = value.equals("SHORT") || value.equals("LONG");
        } else if (name.equals("proof_kind")) {
            ok = Set.of("LIFE_INSURANCE_PREMIUM", "PPF", "ELSS", "NPS", "HEALTH_INSURANCE_PREMIUM",
                    "HOME_LOAN_INTEREST", "HOME_LOAN_PRINCIPAL", "TUITION_FEES", "RENT_RECEIPT", "OTHER").contains(value);
        } else if (name.equals("section")) {
            ok = Set.of("80C", "80CCD(1B)", "80D", "24(b)", "10(13A)").contains(value);
        } else {
            ok = !value.isBlank() && value.equals(value.trim()) && !value.contains("  ");
        }
        if (!ok) {
            problems.add(d.layout() + ": " + name + "=" + value);
        }
    }
}
