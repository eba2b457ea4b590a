package io.taxstream.processors.types;

import static io.taxstream.processors.contract.FieldKind.AMOUNT;
import static io.taxstream.processors.contract.FieldKind.ASSESSMENT_YEAR;
import static io.taxstream.processors.contract.FieldKind.NAME;
import static io.taxstream.processors.contract.FieldKind.PAN;
import static io.taxstream.processors.contract.FieldKind.TAN;
import static io.taxstream.processors.contract.FieldKind.TEXT;
import static io.taxstream.processors.rules.FieldRule.field;

import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.normalize.Normalizers;
import io.taxstream.processors.rules.FieldRule;
import io.taxstream.processors.rules.ValueParsers;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The labels Form 16 fields go by: the Rule 31 wording of TRACES Part A and the Part B annexure,
 * and the shorter wording of payroll vendors' own certificates.
 */
final class Form16Fields {

    /** Part B amounts: a Chapter VI-A row has gross and deductible columns; the deductible one counts. */
    private static final String DEDUCTIBLE = "deductible|qualifying|allowed|eligible";
    private static final Pattern CERTIFICATE = Pattern.compile("(?<![A-Za-z0-9])[A-Z0-9][A-Z0-9/-]{3,}(?![A-Za-z0-9])");

    private Form16Fields() {
    }

    static List<FieldRule> all() {
        return List.of(
                field("employer_name", NAME)
                        .labels("name and address of the employer", "name (and address )?of (the )?(employer|deductor|ddo)\\b",
                                "employer'?s? name", "deductor'?s? name", "employer details", "\\bemployer\\b(?=\\s*:)",
                                "cell:employer\\s*:?$", "cell:deductor\\s*:?$")
                        .below(2).build(),
                field("employee_name", NAME)
                        .labels("name and address of the employee", "name (and (address|designation) )?of (the )?(employee|deductee|pensioner)",
                                "(employee|deductee|pensioner)'?s? name", "\\bemployee\\b(?=\\s*:)", "cell:employee\\s*:?$",
                                "cell:deductee\\s*:?$")
                        .below(2).build(),
                field("employer_tan", TAN)
                        .labels("tan of (the )?(deductor|employer)", "(deductor|employer)'?s? tan", "\\btan\\b").below(3).build(),
                field("employer_pan", PAN)
                        .labels("pan of (the )?(deductor|employer)", "(deductor|employer)'?s? pan").below(3).build(),
                field("employee_pan", PAN)
                        .labels("pan of (the )?(employee|deductee|pensioner)", "(employee|deductee|pensioner)'?s? pan", "pan of employee").below(3).build(),
                field("assessment_year", ASSESSMENT_YEAR)
                        .labels("assessment year", "\\ba\\.\\s?y\\.?", "\\bay\\b(?=\\s*[:-]|\\s*\\d)", "assessment\\b").below(3).build(),
                field("certificate_number", TEXT)
                        .labels("certificate (no\\.?|number)", "cert\\.? no\\.?")
                        .parser(ValueParsers.token(CERTIFICATE, Normalizers::text)).below(1).build(),
                field("salary_17_1", AMOUNT)
                        .labels("salary as per provisions contained in sec(tion|\\.)? 17\\s?\\(1\\)", "section 17\\s?\\(1\\)",
                                "u/s 17\\s?\\(1\\)", "17\\s?\\(1\\)").sameLineOnly().build(),
                field("perquisites_17_2", AMOUNT)
                        .labels("value of perquisites", "section 17\\s?\\(2\\)", "u/s 17\\s?\\(2\\)", "17\\s?\\(2\\)", "perquisites")
                        .sameLineOnly().build(),
                field("profits_in_lieu_17_3", AMOUNT)
                        .labels("profits in lieu of salary", "section 17\\s?\\(3\\)", "u/s 17\\s?\\(3\\)", "17\\s?\\(3\\)")
                        .sameLineOnly().build(),
                field("gross_salary", AMOUNT)
                        .labels("total gross salary", "gross salary", "gross total salary")
                        .notOn("previous employer", "other employer").sameLineOnly().build(),
                field("gross_salary", AMOUNT)
                        .labels("cell:total\\b(?!.*(deduction|exemption|income|tax))").in(Form16Type.SALARY).sameLineOnly().build(),
                field("exemptions_section_10", AMOUNT)
                        .labels("total amount of exemptions? claimed under section 10", "total exempt(ion)?s?( allowances)?",
                                "exemptions? (claimed )?(under|u/s) (section )?10(?!\\s?\\()", "allowances? to the extent exempt")
                        .sameLineOnly().build(),
                field("exemptions_section_10", AMOUNT)
                        .labels("cell:total\\b(?!.*(deduction|income|tax))").in(Form16Type.EXEMPTIONS).sameLineOnly().build(),
                field("hra_exemption", AMOUNT)
                        .labels("house rent allowance (under|u/s) (section )?10\\s?\\(13a\\)", "10\\s?\\(13a\\)", "hra exempt",
                                "exempt(ion)? (of|on|for) (hra|house rent)").sameLineOnly().build(),
                field("hra_exemption", AMOUNT)
                        .labels("cell:house rent allowance", "cell:h\\.?r\\.?a\\b").in(Form16Type.EXEMPTIONS).sameLineOnly().build(),
                field("standard_deduction", AMOUNT)
                        .labels("standard deduction").sameLineOnly().build(),
                field("professional_tax", AMOUNT)
                        .labels("tax on employment", "professional tax", "16\\s?\\(iii\\)").sameLineOnly().build(),
                field("income_under_head_salaries", AMOUNT)
                        .labels("income chargeable under the head \\W?salaries", "income under the head \\W?salaries",
                                "income from salar(y|ies)", "net salary income", "salary income").sameLineOnly().build(),
                field("gross_total_income", AMOUNT)
                        .labels("cell:gross total income", "gross total income").sameLineOnly().build(),
                field("deduction_80c", AMOUNT)
                        .labels("life insurance premia", "(section|u/s) 80c\\b(?!c)", "\\b80c\\b(?!c)")
                        .notOn("80c,? 80ccc", "80c and 80ccc", "80c \\+", "80c, ?80ccc").columnHeader(DEDUCTIBLE).sameLineOnly().build(),
                field("deduction_80ccd_1b", AMOUNT)
                        .labels("notified pension scheme under section", "notified pension", "80ccd\\s?\\(1b\\)")
                        .columnHeader(DEDUCTIBLE).sameLineOnly().build(),
                field("deduction_80d", AMOUNT)
                        .labels("health insurance premia", "medical insurance premi", "(section|u/s) 80d\\b", "\\b80d\\b")
                        .columnHeader(DEDUCTIBLE).sameLineOnly().build(),
                field("total_chapter_via_deductions", AMOUNT)
                        .labels("aggregate of deductible amounts? under chapter vi-?a", "total deductions? under chapter vi-?a",
                                "total chapter vi-?a( deductions?)?", "deductions? (under|u/s) chapter vi-?a",
                                "chapter vi-?a deductions?", "chapter vi-?a total")
                        .columnHeader(DEDUCTIBLE).sameLineOnly().build(),
                field("total_chapter_via_deductions", AMOUNT)
                        .labels("cell:total\\b(?!.*income)", "cell:aggregate\\b").in(Form16Type.CHAPTER_VI_A).columnHeader(DEDUCTIBLE)
                        .sameLineOnly().build(),
                field("total_taxable_income", AMOUNT)
                        .labels("total taxable income", "net taxable income", "taxable income", "cell:total income\\b",
                                "cell:net income\\b").sameLineOnly().build(),
                field("tax_on_total_income", AMOUNT)
                        .labels("tax on total income", "tax on taxable income", "income tax on total income", "tax on income\\b")
                        .sameLineOnly().build(),
                field("tax_on_total_income", AMOUNT)
                        .labels("cell:income tax\\s*(payable)?\\s*$", "cell:tax\\s*$").in(Form16Type.TAX).sameLineOnly().build(),
                field("rebate_87a", AMOUNT)
                        .labels("rebate (under|u/s) (section )?87\\s?a", "\\b87\\s?a\\b").sameLineOnly().build(),
                field("health_education_cess", AMOUNT)
                        .labels("health (and|&) education cess", "education cess", "\\bcess\\b")
                        .sameLineOnly().build(),
                field("net_tax_payable", AMOUNT)
                        .labels("net tax payable", "balance tax payable", "total tax liability", "net tax liability",
                                "tax payable", "cell:tax liability").notOn("refund").preferLast().sameLineOnly().build(),
                field("total_tds", AMOUNT)
                        .labels("total (amount of )?tax deducted", "total tds( deducted)?", "tds deducted total")
                        .notOn("deposited and") .sameLineOnly().build(),
                field("tax_regime", FieldKind.ENUM)
                        .labels("tax regime", "cell:regime\\b").parser(Form16Completion.REGIME_WORD).below(2).build());
    }
}
