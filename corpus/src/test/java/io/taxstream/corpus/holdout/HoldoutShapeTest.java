package io.taxstream.corpus.holdout;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.corpus.CorpusSpec.Kind;
import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Layouts;
import io.taxstream.corpus.testkit.Truths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The holdout corpus covers every type with its own layouts, and its truths are in the contract's shape. */
class HoldoutShapeTest {

    private static final Map<String, Set<String>> FIELDS = Map.of(
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
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "FORM_16", List.of("employer_name", "employer_tan", "employee_name", "employee_pan", "assessment_year",
                    "gross_salary", "total_taxable_income"),
            "PAYSLIP", List.of("employer_name", "employee_name", "pay_period", "gross_earnings", "net_pay"),
            "BANK_STATEMENT", List.of("bank_name", "account_holder", "account_number", "period_from", "period_to",
                    "opening_balance", "closing_balance"),
            "INTEREST_CERTIFICATE", List.of("bank_name", "depositor_name", "financial_year", "total_interest",
                    "total_tds"),
            "CAPITAL_GAINS", List.of("issuer_name", "investor_name", "investor_pan", "financial_year"),
            "INVESTMENT_PROOF", List.of("proof_kind", "issuer_name", "holder_name", "amount"));
    private static final Map<String, String> ITEM_KIND = Map.of("FORM_16", "tds_quarter", "PAYSLIP", "pay_component",
            "BANK_STATEMENT", "transaction", "INTEREST_CERTIFICATE", "deposit", "CAPITAL_GAINS", "trade");
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

    @Test
    void shouldHaveAtLeastThreeLayoutsPerTypeAndFourNearMisses() {
        HoldoutLayouts layouts = new HoldoutLayouts();
        for (String type : FIELDS.keySet()) {
            assertThat(layouts.of(type)).as(type).hasSizeGreaterThanOrEqualTo(3);
            assertThat(layouts.of(type)).allMatch(l -> l.docType().equals(type));
        }
        assertThat(layouts.of("UNKNOWN")).hasSizeGreaterThanOrEqualTo(4);
        for (String type : layouts.types()) {
            assertThat(HoldoutFixtures.CORPUS.corpus().stream().filter(d -> d.docType().equals(type)).map(d -> d.layout())
                    .distinct().count()).as(type).isEqualTo(layouts.of(type).size());
        }
    }

    @Test
    void shouldNameLayoutsUniquelyAndApartFromTheMainCorpus() {
        Set<String> main = new HashSet<>();
        for (Kind k : Kind.values()) {
            new Layouts().of(k, false).forEach(l -> main.add(l.name()));
        }
        List<String> names = new HoldoutLayouts().all().stream().map(Layout::name).toList();
        assertThat(names).doesNotHaveDuplicates();
        assertThat(names).noneMatch(main::contains);
        assertThat(new HoldoutLayouts().all()).noneMatch(l -> l.getClass().getPackageName()
                .equals("io.taxstream.corpus") || !l.getClass().getPackageName().startsWith("io.taxstream.corpus.holdout"));
    }

    @Test
    void shouldKeepTruthsInTheContractsShape() {
        List<String> problems = new ArrayList<>();
        for (GeneratedDocument d : HoldoutFixtures.CORPUS.readable()) {
            Set<String> allowed = FIELDS.get(d.docType());
            Truths.fields(d).forEach((name, v) -> {
                if (!allowed.contains(name)) {
                    problems.add(d.layout() + ": unknown field " + name);
                }
                if (!v.keySet().equals(Set.of("value"))) {
                    problems.add(d.layout() + ": field " + name + " is not {value}");
                }
                check(d, name, v.get("value"), problems);
            });
            for (String r : REQUIRED.get(d.docType())) {
                if (Truths.field(d, r) == null) {
                    problems.add(d.layout() + ": required " + r + " missing");
                }
            }
            for (Map<String, Object> item : Truths.allItems(d)) {
                if (!item.get("kind").equals(ITEM_KIND.get(d.docType()))) {
                    problems.add(d.layout() + ": item kind " + item.get("kind"));
                }
                @SuppressWarnings("unchecked")
                Map<String, String> values = (Map<String, String>) item.get("values");
                values.forEach((name, value) -> check(d, name, value, problems));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldGiveNearMissesNoFieldsAndNoItems() {
        List<GeneratedDocument> unknown = HoldoutFixtures.CORPUS.ofType("UNKNOWN");
        assertThat(unknown).isNotEmpty();
        for (GeneratedDocument d : unknown) {
            assertThat(Truths.fields(d)).as(d.layout()).isEmpty();
            assertThat(Truths.allItems(d)).as(d.layout()).isEmpty();
        }
    }

    @Test
    void shouldNameFilesWithoutRevealingTypeOrLayout() {
        Set<String> names = new HashSet<>();
        for (GeneratedDocument d : HoldoutFixtures.CORPUS.corpus()) {
            String n = d.fileName().toLowerCase(Locale.ROOT);
            assertThat(names.add(n)).as(n).isTrue();
            for (String word : List.of("form", "16", "slip", "pay", "bank", "statement", "interest", "gain", "proof",
                    "unknown", "holdout", "h-")) {
                assertThat(n.replaceAll("\\d{2,}", "").replace("scan", "")).as(n).doesNotContain(
                        word.equals("16") ? "form16" : word);
            }
            assertThat(d.fileName()).endsWith(".pdf");
        }
    }

    private static void check(GeneratedDocument d, String name, String value, List<String> problems) {
        boolean ok = true;
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
            ok = value.matches("\\d+(\\.\\d+)?") && !value.endsWith(".0");
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
