package io.taxstream.processors.contract;

import static io.taxstream.processors.contract.FieldKind.*;
import static io.taxstream.processors.contract.FieldSpec.enumeration;
import static io.taxstream.processors.contract.FieldSpec.optional;
import static io.taxstream.processors.contract.FieldSpec.required;

import io.taxstream.avro.DocType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The extraction contract as data: the fields of every document type with their kinds, which are
 * required, and the line-item kinds with the kinds of their values. Field names here are the
 * contract's and must never change.
 */
public final class ContractFields {

    private static final Map<DocType, List<FieldSpec>> FIELDS = new EnumMap<>(DocType.class);
    private static final Map<String, Map<String, FieldKind>> ITEM_KINDS = new LinkedHashMap<>();
    private static final Map<DocType, String> ITEM_KIND_OF_TYPE = new EnumMap<>(DocType.class);

    static {
        FIELDS.put(DocType.FORM_16, List.of(
                required("employer_name", NAME), required("employer_tan", TAN), optional("employer_pan", PAN),
                required("employee_name", NAME), required("employee_pan", PAN), required("assessment_year", ASSESSMENT_YEAR),
                optional("period_from", DATE), optional("period_to", DATE), optional("certificate_number", TEXT),
                // total_tds is required when Part A is present; gross_salary and total_taxable_income when Part B is
                optional("total_tds", AMOUNT), optional("gross_salary", AMOUNT),
                optional("salary_17_1", AMOUNT), optional("perquisites_17_2", AMOUNT), optional("profits_in_lieu_17_3", AMOUNT),
                optional("exemptions_section_10", AMOUNT), optional("hra_exemption", AMOUNT),
                optional("standard_deduction", AMOUNT), optional("professional_tax", AMOUNT),
                optional("income_under_head_salaries", AMOUNT), optional("gross_total_income", AMOUNT),
                optional("deduction_80c", AMOUNT), optional("deduction_80ccd_1b", AMOUNT), optional("deduction_80d", AMOUNT),
                optional("total_chapter_via_deductions", AMOUNT), optional("total_taxable_income", AMOUNT),
                optional("tax_on_total_income", AMOUNT), optional("rebate_87a", AMOUNT),
                optional("health_education_cess", AMOUNT), optional("net_tax_payable", AMOUNT),
                enumeration("tax_regime", false, "OLD", "NEW")));
        FIELDS.put(DocType.PAYSLIP, List.of(
                required("employer_name", NAME), required("employee_name", NAME), optional("employee_id", TEXT),
                optional("employee_pan", PAN), optional("uan", TEXT), required("pay_period", MONTH),
                optional("days_paid", NUMBER), optional("basic", AMOUNT), optional("hra", AMOUNT),
                optional("special_allowance", AMOUNT), required("gross_earnings", AMOUNT),
                optional("provident_fund", AMOUNT), optional("professional_tax", AMOUNT), optional("income_tax", AMOUNT),
                optional("total_deductions", AMOUNT), required("net_pay", AMOUNT)));
        FIELDS.put(DocType.BANK_STATEMENT, List.of(
                required("bank_name", NAME), required("account_holder", NAME), required("account_number", ACCOUNT_NUMBER),
                optional("ifsc", IFSC), required("period_from", DATE), required("period_to", DATE),
                required("opening_balance", BALANCE), required("closing_balance", BALANCE),
                optional("total_credits", AMOUNT), optional("total_debits", AMOUNT), optional("transaction_count", NUMBER)));
        FIELDS.put(DocType.INTEREST_CERTIFICATE, List.of(
                required("bank_name", NAME), required("depositor_name", NAME), optional("depositor_pan", PAN),
                required("financial_year", FINANCIAL_YEAR), required("total_interest", AMOUNT), required("total_tds", AMOUNT)));
        FIELDS.put(DocType.CAPITAL_GAINS, List.of(
                required("issuer_name", NAME), required("investor_name", NAME), required("investor_pan", PAN),
                required("financial_year", FINANCIAL_YEAR), optional("stcg_total", AMOUNT), optional("ltcg_total", AMOUNT),
                optional("total_sale_value", AMOUNT)));
        FIELDS.put(DocType.INVESTMENT_PROOF, List.of(
                enumeration("proof_kind", true, "LIFE_INSURANCE_PREMIUM", "PPF", "ELSS", "NPS", "HEALTH_INSURANCE_PREMIUM",
                        "HOME_LOAN_INTEREST", "HOME_LOAN_PRINCIPAL", "TUITION_FEES", "RENT_RECEIPT", "OTHER"),
                enumeration("section", false, "80C", "80CCD(1B)", "80D", "24(b)", "10(13A)"),
                required("issuer_name", NAME), required("holder_name", NAME), optional("holder_pan", PAN),
                optional("reference_number", TEXT), required("amount", AMOUNT), optional("payment_date", DATE),
                optional("financial_year", FINANCIAL_YEAR)));
        FIELDS.put(DocType.UNKNOWN, List.of());

        ITEM_KINDS.put("tds_quarter", ordered("quarter", ENUM, "amount_paid", AMOUNT, "tax_deducted", AMOUNT,
                "tax_deposited", AMOUNT, "receipt_number", TEXT));
        ITEM_KINDS.put("pay_component", ordered("name", TEXT, "type", ENUM, "amount", AMOUNT));
        ITEM_KINDS.put("transaction", ordered("date", DATE, "description", TEXT, "reference", TEXT, "debit", AMOUNT,
                "credit", AMOUNT, "balance", BALANCE));
        ITEM_KINDS.put("deposit", ordered("account_number", ACCOUNT_NUMBER, "deposit_type", TEXT, "interest", AMOUNT,
                "tds", AMOUNT));
        ITEM_KINDS.put("trade", ordered("security", TEXT, "isin", TEXT, "quantity", NUMBER, "purchase_date", DATE,
                "sale_date", DATE, "purchase_value", AMOUNT, "sale_value", AMOUNT, "gain", AMOUNT, "term", ENUM));

        ITEM_KIND_OF_TYPE.put(DocType.FORM_16, "tds_quarter");
        ITEM_KIND_OF_TYPE.put(DocType.PAYSLIP, "pay_component");
        ITEM_KIND_OF_TYPE.put(DocType.BANK_STATEMENT, "transaction");
        ITEM_KIND_OF_TYPE.put(DocType.INTEREST_CERTIFICATE, "deposit");
        ITEM_KIND_OF_TYPE.put(DocType.CAPITAL_GAINS, "trade");
    }

    private ContractFields() {
    }

    private static Map<String, FieldKind> ordered(Object... nameKindPairs) {
        Map<String, FieldKind> out = new LinkedHashMap<>();
        for (int i = 0; i < nameKindPairs.length; i += 2) {
            out.put((String) nameKindPairs[i], (FieldKind) nameKindPairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The contract's fields of a type, in the contract's order. */
    public static List<FieldSpec> of(DocType type) {
        return FIELDS.get(type);
    }

    public static Optional<FieldSpec> field(DocType type, String name) {
        return of(type).stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The line-item kind a type carries, if any. */
    public static Optional<String> itemKind(DocType type) {
        return Optional.ofNullable(ITEM_KIND_OF_TYPE.get(type));
    }

    /** The value kinds of a line-item kind, e.g. {@code tds_quarter}, in the contract's order. */
    public static Map<String, FieldKind> itemValueKinds(String itemKind) {
        return ITEM_KINDS.getOrDefault(itemKind, Map.of());
    }

    /**
     * The required fields missing from a set of found field names, including the contract's
     * conditional requirements (FORM_16: total_tds with Part A, gross_salary and
     * total_taxable_income with Part B).
     *
     * @param partA whether a FORM_16 has a Part A (ignored for other types)
     * @param partB whether a FORM_16 has a Part B (ignored for other types)
     */
    public static List<String> missingRequired(DocType type, Set<String> found, boolean partA, boolean partB) {
        List<String> missing = new ArrayList<>();
        for (FieldSpec f : of(type)) {
            if (f.required() && !found.contains(f.name())) {
                missing.add(f.name());
            }
        }
        if (type == DocType.FORM_16) {
            if (partA && !found.contains("total_tds")) {
                missing.add("total_tds");
            }
            if (partB) {
                for (String name : List.of("gross_salary", "total_taxable_income")) {
                    if (!found.contains(name)) {
                        missing.add(name);
                    }
                }
            }
        }
        return missing;
    }
}
