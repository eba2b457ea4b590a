package io.taxstream.corpus.holdout.payslip;

import io.taxstream.corpus.holdout.payslip.MonthPay.Pay;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Truth;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a payslip truth as the slip prints it: named fields for printed components and one item per line. */
final class SlipTruth {

    private final Truth t = new Truth("PAYSLIP");

    SlipTruth(MonthPay d, String employerPrinted, String employeePrinted) {
        t.text("employer_name", employerPrinted);
        t.text("employee_name", employeePrinted);
        t.text("pay_period", d.month().toString());
    }

    SlipTruth text(String field, String value) {
        t.text(field, value);
        return this;
    }

    /** Records a printed component: its item, and its named field when it has one. */
    SlipTruth component(Pay p, String printedName, boolean earning) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", printedName);
        v.put("type", earning ? "EARNING" : "DEDUCTION");
        v.put("amount", AmountStyle.truth(p.amount()));
        t.item("pay_component", v);
        String field = MonthPay.field(p.key());
        if (field != null) {
            t.amount(field, p.amount());
        }
        return this;
    }

    /** Gross, deductions and net as printed. */
    SlipTruth totals(MonthPay d, boolean deductions) {
        t.amount("gross_earnings", d.gross());
        if (deductions) {
            t.amount("total_deductions", d.totalDeductions());
        }
        t.amount("net_pay", d.net());
        return this;
    }

    Map<String, Object> build() {
        return t.build();
    }
}
