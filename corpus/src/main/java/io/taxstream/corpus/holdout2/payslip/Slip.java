package io.taxstream.corpus.holdout2.payslip;

import io.taxstream.corpus.holdout2.kit.Cast2;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.SlipTruth;
import io.taxstream.corpus.kit.Who;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One month's pay.
 *
 * @param firm        the paying employer (or contractor)
 * @param employee    employee
 * @param employeeId  employee code, token or staff number
 * @param designation designation or trade
 * @param department  department or section
 * @param joined      date of joining
 * @param uan         UAN
 * @param pfNumber    PF member id
 * @param esiNumber   ESIC insurance number, or null when not covered
 * @param bankName    salary bank
 * @param account     salary account
 * @param month       pay month
 * @param monthDays   days the month is counted over
 * @param paidDays    days paid (may have a half)
 * @param dailyRate   daily rate of basic plus VDA for daily-rated workers, else null
 * @param earnings    earnings in printing order
 * @param deductions  deductions in printing order
 */
public record Slip(Cast2.Firm firm, Who employee, String employeeId, String designation, String department,
        LocalDate joined, String uan, String pfNumber, String esiNumber, String bankName, String account,
        YearMonth month, int monthDays, BigDecimal paidDays, BigDecimal dailyRate, List<Comp> earnings,
        List<Comp> deductions) implements SlipTruth.Month {

    /**
     * A component.
     *
     * @param key    what it is: BASIC, DA, VDA, HRA, CONV, SPECIAL, MEDICAL, CCA, TA, OT, BONUS, PF, ESI, PT, TDS,
     *               LWF, LIC, ADVANCE, CANTEEN, LOAN
     * @param rate   full-month rate (or the amount itself when not prorated)
     * @param amount this month's amount
     */
    public record Comp(String key, BigDecimal rate, BigDecimal amount) implements SlipTruth.Line {
    }

    public BigDecimal gross() {
        return Rupees.sum(earnings.stream().map(Comp::amount).toList());
    }

    public BigDecimal totalDeductions() {
        return Rupees.sum(deductions.stream().map(Comp::amount).toList());
    }

    public BigDecimal net() {
        return gross().subtract(totalDeductions());
    }

    public BigDecimal lop() {
        return BigDecimal.valueOf(monthDays).subtract(paidDays);
    }

    /** {@code 30} or {@code 29.5}. */
    public String paidDaysText() {
        return paidDays.stripTrailingZeros().toPlainString();
    }
}
