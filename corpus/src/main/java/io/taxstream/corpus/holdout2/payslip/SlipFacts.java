package io.taxstream.corpus.holdout2.payslip;

import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.holdout2.payslip.Slip.Comp;
import io.taxstream.corpus.util.Truth;
import java.util.LinkedHashMap;
import java.util.Map;

/** A payslip truth built as the slip prints: a named field for a printed component that has one, an item per line. */
final class SlipFacts {

    private final Truth t = new Truth("PAYSLIP");

    SlipFacts(Slip s, String employerPrinted, String employeePrinted) {
        t.text("employer_name", employerPrinted);
        t.text("employee_name", employeePrinted);
        t.text("pay_period", s.month().toString());
    }

    SlipFacts text(String field, String value) {
        t.text(field, value);
        return this;
    }

    SlipFacts component(Comp c, String printedName, boolean earning) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", printedName);
        v.put("type", earning ? "EARNING" : "DEDUCTION");
        v.put("amount", Money.truth(c.amount()));
        t.item("pay_component", v);
        String field = Slip.field(c.key());
        if (field != null) {
            t.amount(field, c.amount());
        }
        return this;
    }

    SlipFacts totals(Slip s) {
        t.amount("gross_earnings", s.gross());
        t.amount("total_deductions", s.totalDeductions());
        t.amount("net_pay", s.net());
        return this;
    }

    Map<String, Object> build() {
        return t.build();
    }
}
