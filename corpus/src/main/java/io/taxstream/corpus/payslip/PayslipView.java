package io.taxstream.corpus.payslip;

import io.taxstream.corpus.data.Ids;
import io.taxstream.corpus.payslip.PayslipData.Component;
import io.taxstream.corpus.util.AmountStyle;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import io.taxstream.corpus.util.Truth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One payroll system's rendering choices for a slip: component labels, which header facts it
 * shows and under which labels, and the truth of exactly those choices.
 */
final class PayslipView {

    final PayslipData d;
    final String employeeName;
    final Map<String, String> labels = new LinkedHashMap<>();
    final List<String[]> header = new ArrayList<>();
    final AmountStyle amounts;
    final DateStyle dates;
    private final Truth truth = new Truth("PAYSLIP");

    PayslipView(PayslipData d, Rng rng, AmountStyle amounts, DateStyle dates) {
        this.d = d;
        this.amounts = amounts;
        this.dates = dates;
        this.employeeName = d.employee().printedName(rng);
        for (Component c : d.earnings()) {
            labels.put(c.key(), PayLabels.english(c.key(), rng));
        }
        for (Component c : d.deductions()) {
            labels.put(c.key(), PayLabels.english(c.key(), rng));
        }
        truth.text("employer_name", d.employer().name());
        buildHeader(rng);
    }

    private void buildHeader(Rng rng) {
        add(rng.pickOf("Employee Name", "Name", "Employee"), employeeName, "employee_name");
        add(rng.pickOf("Emp Code", "Employee ID", "Employee No.", "Emp. No."), d.employeeId(), "employee_id");
        add("Designation", d.designation(), null);
        if (rng.chance(0.7)) {
            add("Department", d.department(), null);
        }
        if (rng.chance(0.5)) {
            add(rng.pickOf("Date of Joining", "DOJ"), dates.format(d.joined()), null);
        }
        if (rng.chance(0.7)) {
            add("PAN", d.employee().pan(), "employee_pan");
        }
        if (d.uan() != null && rng.chance(0.8)) {
            add("UAN", d.uan(), "uan");
        }
        if (rng.chance(0.5)) {
            add(rng.pickOf("PF No.", "PF A/c No."), d.pfNumber(), null);
        }
        if (rng.chance(0.6)) {
            add("Bank", d.bank().name(), null);
            add(rng.pickOf("Bank A/c No.", "Account No.", "A/c No."), Ids.mask(d.account()), null);
        }
        add(rng.pickOf("Days Paid", "Paid Days", "Payable Days"), d.daysPaidText(), "days_paid");
        if (rng.chance(0.6) || d.lopDays().signum() > 0) {
            add(rng.pickOf("LOP Days", "LOP", "Loss of Pay Days"), d.lopDays().stripTrailingZeros().toPlainString(), null);
        }
        if (rng.chance(0.4)) {
            add("Location", d.employer().place().city(), null);
        }
    }

    private void add(String label, String value, String field) {
        header.add(new String[] {label, value});
        if (field != null) {
            truth.text(field, value);
        }
    }

    /** Upper-cases component and header labels, as old line printers do; the truth follows. */
    void upperCaseLabels() {
        labels.replaceAll((k, v) -> v.toUpperCase(java.util.Locale.ROOT));
        header.replaceAll(p -> new String[] {p[0].toUpperCase(java.util.Locale.ROOT), p[1]});
    }

    String label(Component c) {
        return labels.get(c.key());
    }

    String amt(java.math.BigDecimal v) {
        return amounts.format(v);
    }

    /** The truth, with the pay period and every component, as printed by a slip that shows totals. */
    Map<String, Object> truth() {
        truth.text("pay_period", d.month().toString());
        for (Component c : d.earnings()) {
            component(c, "EARNING");
        }
        for (Component c : d.deductions()) {
            component(c, "DEDUCTION");
        }
        truth.amount("gross_earnings", d.gross());
        truth.amount("total_deductions", d.totalDeductions());
        truth.amount("net_pay", d.net());
        return truth.build();
    }

    private void component(Component c, String type) {
        String field = PayLabels.field(c.key());
        if (field != null) {
            truth.amount(field, c.amount());
        }
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", label(c));
        v.put("type", type);
        v.put("amount", AmountStyle.truth(c.amount()));
        truth.item("pay_component", v);
    }
}
