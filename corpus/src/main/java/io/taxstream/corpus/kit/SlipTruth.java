package io.taxstream.corpus.kit;

import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.Truth;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A payslip truth built as the slip prints it: a named field for a printed component that has
 * one, and one item per printed line.
 */
public final class SlipTruth {

    /** A month's pay as the truth needs it. */
    public interface Month {
        YearMonth month();

        BigDecimal gross();

        BigDecimal totalDeductions();

        BigDecimal net();
    }

    /** One earning or deduction: what it is (BASIC, HRA, PF, ...) and what the slip shows for it. */
    public interface Line {
        String key();

        BigDecimal amount();
    }

    private final Truth t = new Truth("PAYSLIP");

    public SlipTruth(Month m, String employerPrinted, String employeePrinted) {
        t.text("employer_name", employerPrinted);
        t.text("employee_name", employeePrinted);
        t.text("pay_period", m.month().toString());
    }

    public SlipTruth text(String field, String value) {
        t.text(field, value);
        return this;
    }

    /** Records a printed component: its item, and its named field when it has one. */
    public SlipTruth component(Line p, String printedName, boolean earning) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", printedName);
        v.put("type", earning ? "EARNING" : "DEDUCTION");
        v.put("amount", AmountStyle.truth(p.amount()));
        t.item("pay_component", v);
        String field = field(p.key());
        if (field != null) {
            t.amount(field, p.amount());
        }
        return this;
    }

    /** Gross, deductions (when printed) and net. */
    public SlipTruth totals(Month m, boolean deductions) {
        t.amount("gross_earnings", m.gross());
        if (deductions) {
            t.amount("total_deductions", m.totalDeductions());
        }
        t.amount("net_pay", m.net());
        return this;
    }

    public Map<String, Object> build() {
        return t.build();
    }

    /** The contract field a component fills, or null. */
    public static String field(String key) {
        return switch (key) {
            case "BASIC" -> "basic";
            case "HRA" -> "hra";
            case "SPECIAL" -> "special_allowance";
            case "PF" -> "provident_fund";
            case "PT" -> "professional_tax";
            case "TDS" -> "income_tax";
            default -> null;
        };
    }
}
