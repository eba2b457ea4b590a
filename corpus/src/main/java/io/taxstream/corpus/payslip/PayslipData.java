package io.taxstream.corpus.payslip;

import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.data.Employer;
import io.taxstream.corpus.data.Person;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One month's pay of one employee.
 *
 * @param employer    employer
 * @param employee    employee
 * @param employeeId  employee code
 * @param designation designation
 * @param department  department
 * @param uan         UAN, or null when the employee has none
 * @param pfNumber    PF member id, or null
 * @param bank        salary bank
 * @param account     salary account number (unmasked)
 * @param joined      date of joining
 * @param month       pay month
 * @param lopDays     loss-of-pay days
 * @param earnings    earnings components
 * @param deductions  deduction components
 */
public record PayslipData(Employer employer, Person employee, String employeeId, String designation, String department,
        String uan, String pfNumber, Bank bank, String account, LocalDate joined, YearMonth month, BigDecimal lopDays,
        List<Component> earnings, List<Component> deductions) {

    /**
     * A pay component.
     *
     * @param key    what it is (BASIC, HRA, SPECIAL, PF, PT, TDS, ...)
     * @param amount this month's amount
     * @param ytd    year-to-date amount
     */
    public record Component(String key, BigDecimal amount, BigDecimal ytd) {
    }

    public int daysInMonth() {
        return month.lengthOfMonth();
    }

    public BigDecimal daysPaid() {
        return BigDecimal.valueOf(daysInMonth()).subtract(lopDays);
    }

    /** Days paid as the contract wants it: {@code 30} or {@code 29.5}. */
    public String daysPaidText() {
        return daysPaid().stripTrailingZeros().toPlainString();
    }

    public BigDecimal gross() {
        return sum(earnings);
    }

    public BigDecimal totalDeductions() {
        return sum(deductions);
    }

    public BigDecimal net() {
        return gross().subtract(totalDeductions());
    }

    public BigDecimal grossYtd() {
        return earnings.stream().map(Component::ytd).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal deductionsYtd() {
        return deductions.stream().map(Component::ytd).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal sum(List<Component> cs) {
        return cs.stream().map(Component::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
