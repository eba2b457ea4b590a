package io.taxstream.corpus.holdout.form16;

import io.taxstream.corpus.holdout.form16.SalaryYear.Quarter;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Truth;
import java.util.LinkedHashMap;
import java.util.Map;

/** Truth pieces every holdout Form 16 layout records the same way. */
final class F16Truth {

    private F16Truth() {
    }

    static Truth parties(SalaryYear d, String employerPrinted, String employeePrinted, boolean employerPan) {
        Truth t = new Truth("FORM_16");
        t.text("employer_name", employerPrinted);
        t.text("employer_tan", d.employer().tan());
        if (employerPan) {
            t.text("employer_pan", d.employer().pan());
        }
        t.text("employee_name", employeePrinted);
        t.text("employee_pan", d.employee().pan());
        t.text("assessment_year", d.assessmentYear());
        return t;
    }

    static void quarters(Truth t, SalaryYear d, boolean receipts) {
        for (Quarter q : d.quarters()) {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("quarter", q.name());
            v.put("amount_paid", AmountStyle.truth(q.paid()));
            v.put("tax_deducted", AmountStyle.truth(q.deducted()));
            v.put("tax_deposited", AmountStyle.truth(q.deposited()));
            if (receipts) {
                v.put("receipt_number", q.receipt());
            }
            t.item("tds_quarter", v);
        }
    }

    static String regime(SalaryYear d) {
        return d.newRegime() ? "NEW" : "OLD";
    }

    /** The months of a quarter as Part A names them. */
    static String months(String quarter) {
        return switch (quarter) {
            case "Q1" -> "April - June";
            case "Q2" -> "July - September";
            case "Q3" -> "October - December";
            default -> "January - March";
        };
    }
}
