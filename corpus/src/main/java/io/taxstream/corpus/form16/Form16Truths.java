package io.taxstream.corpus.form16;

import io.taxstream.corpus.form16.Form16Data.Salary;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Truth;
import java.util.LinkedHashMap;
import java.util.Map;

/** The truth of what Part A and Part B print, shared by every layout that prints them in full. */
final class Form16Truths {

    private Form16Truths() {
    }

    /** Parties printed on a page (both parts print them). */
    static void parties(Truth t, Form16Data d, boolean employerPan) {
        t.text("employer_name", d.employer().name());
        t.text("employer_tan", d.employer().tan());
        if (employerPan) {
            t.text("employer_pan", d.employer().pan());
        }
        t.text("employee_name", d.employee().upperName());
        t.text("employee_pan", d.employee().pan());
        t.text("assessment_year", d.assessmentYear());
    }

    static void partA(Truth t, Form16Data d) {
        parties(t, d, true);
        t.date("period_from", d.periodFrom());
        t.date("period_to", d.periodTo());
        t.text("certificate_number", d.certificate());
        t.amount("total_tds", d.totalTds());
        quarters(t, d);
    }

    static void quarters(Truth t, Form16Data d) {
        for (Form16Data.Quarter q : d.quarters()) {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("quarter", q.name());
            v.put("amount_paid", AmountStyle.truth(q.paid()));
            v.put("tax_deducted", AmountStyle.truth(q.deducted()));
            v.put("tax_deposited", AmountStyle.truth(q.deposited()));
            v.put("receipt_number", q.receipt());
            t.item("tds_quarter", v);
        }
    }

    /** Part B's computation as the full statutory annexure prints it. */
    static void partB(Truth t, Form16Data d) {
        Salary s = d.salary();
        t.amount("gross_salary", s.gross());
        t.amount("salary_17_1", s.s171());
        t.amount("perquisites_17_2", s.s172());
        t.amount("profits_in_lieu_17_3", s.s173());
        t.amount("exemptions_section_10", s.exemptionTotal());
        t.amount("hra_exemption", s.exemption("HRA"));
        t.amount("standard_deduction", s.standard());
        t.amount("professional_tax", s.professionalTax());
        t.amount("income_under_head_salaries", s.incomeFromSalaries());
        t.amount("gross_total_income", s.grossTotalIncome());
        t.amount("deduction_80c", s.via("80C").deductible());
        t.amount("deduction_80ccd_1b", s.via("80CCD1B").deductible());
        t.amount("deduction_80d", s.via("80D").deductible());
        t.amount("total_chapter_via_deductions", s.viaTotal());
        t.amount("total_taxable_income", s.taxableIncome());
        t.amount("tax_on_total_income", s.tax());
        t.amount("rebate_87a", s.rebate());
        t.amount("health_education_cess", s.cess());
        t.amount("net_tax_payable", s.netTaxPayable());
        t.text("tax_regime", s.newRegime() ? "NEW" : "OLD");
    }
}
