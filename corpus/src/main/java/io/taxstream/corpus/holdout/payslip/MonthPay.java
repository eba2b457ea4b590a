package io.taxstream.corpus.holdout.payslip;

import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.data.Employer;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.SlipTruth;
import io.taxstream.corpus.kit.Who;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One month's pay of one employee.
 *
 * @param employer      employer
 * @param employee      employee
 * @param employeeId    employee code
 * @param designation   designation
 * @param department    department
 * @param grade         grade or band
 * @param uan           UAN, or null
 * @param pfNumber      PF member id
 * @param bank          salary bank
 * @param account       salary account (unmasked)
 * @param joined        date of joining
 * @param month         pay month
 * @param monthDays     days the month is paid over (calendar days or a fixed 30)
 * @param lop           loss-of-pay days
 * @param earnings      earnings, in printing order
 * @param deductions    deductions, in printing order
 * @param employerSide  employer contributions (not part of the employee's pay)
 */
public record MonthPay(Employer employer, Who employee, String employeeId, String designation, String department,
        String grade, String uan, String pfNumber, Bank bank, String account, LocalDate joined, YearMonth month,
        int monthDays, BigDecimal lop, List<Pay> earnings, List<Pay> deductions, List<Pay> employerSide)
        implements SlipTruth.Month {

    /**
     * One component.
     *
     * @param key     what it is (BASIC, HRA, SPECIAL, DA, PF, PT, TDS, ...)
     * @param rate    the full-month rate (the "standard" or "actual" amount before proration)
     * @param current this month's earned amount
     * @param arrears arrears paid with this month
     * @param ytd     year to date, including this month
     */
    public record Pay(String key, BigDecimal rate, BigDecimal current, BigDecimal arrears, BigDecimal ytd)
            implements SlipTruth.Line {

        /** What is paid or recovered this month: current plus arrears. */
        public BigDecimal amount() {
            return current.add(arrears);
        }
    }

    public BigDecimal paidDays() {
        return BigDecimal.valueOf(monthDays).subtract(lop);
    }

    /** Paid days as the contract wants them: {@code 30} or {@code 28.5}. */
    public String paidDaysText() {
        return paidDays().stripTrailingZeros().toPlainString();
    }

    public BigDecimal gross() {
        return Rupees.sum(earnings.stream().map(Pay::amount).toList());
    }

    public BigDecimal totalDeductions() {
        return Rupees.sum(deductions.stream().map(Pay::amount).toList());
    }

    public BigDecimal net() {
        return gross().subtract(totalDeductions());
    }

    public BigDecimal rateTotal() {
        return Rupees.sum(earnings.stream().map(Pay::rate).toList());
    }

    public boolean hasArrears() {
        return earnings.stream().anyMatch(p -> p.arrears().signum() != 0);
    }
}
