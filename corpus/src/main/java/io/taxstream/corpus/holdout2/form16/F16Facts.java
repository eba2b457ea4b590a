package io.taxstream.corpus.holdout2.form16;

import io.taxstream.corpus.holdout2.form16.PayYear.Quarter;
import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.util.Truth;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Truth pieces shared by the Form 16 layouts of the second holdout set. */
final class F16Facts {

    private F16Facts() {
    }

    static Truth parties(PayYear y, String employerPrinted, String employeePrinted) {
        Truth t = new Truth("FORM_16");
        t.text("employer_name", employerPrinted);
        t.text("employer_tan", y.tan());
        if (y.pan() != null) {
            t.text("employer_pan", y.pan());
        }
        t.text("employee_name", employeePrinted);
        t.text("employee_pan", y.employee().pan());
        t.text("assessment_year", y.assessmentYear());
        return t;
    }

    static void period(Truth t, PayYear y) {
        t.date("period_from", y.from());
        t.date("period_to", y.to());
    }

    static void quarters(Truth t, PayYear y, boolean receipts) {
        t.amount("total_tds", y.totalTds());
        for (Quarter q : y.quarters()) {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("quarter", q.name());
            v.put("amount_paid", Money.truth(q.paid()));
            v.put("tax_deducted", Money.truth(q.deducted()));
            v.put("tax_deposited", Money.truth(q.deposited()));
            if (receipts) {
                v.put("receipt_number", q.receipt());
            }
            t.item("tds_quarter", v);
        }
    }

    static String regime(PayYear y) {
        return y.newRegime() ? "NEW" : "OLD";
    }

    /** The contract field a Chapter VI-A section fills, or null. */
    static String viaField(String section) {
        return switch (section) {
            case "80C" -> "deduction_80c";
            case "80CCD(1B)" -> "deduction_80ccd_1b";
            case "80D" -> "deduction_80d";
            default -> null;
        };
    }

    /** Adds an amount field when the layout printed it. */
    static void put(Truth t, String field, BigDecimal v) {
        if (field != null) {
            t.amount(field, v);
        }
    }
}
