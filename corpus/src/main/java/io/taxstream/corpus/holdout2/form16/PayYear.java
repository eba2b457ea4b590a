package io.taxstream.corpus.holdout2.form16;

import io.taxstream.corpus.data.Place;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.SalaryComputation;
import io.taxstream.corpus.kit.Who;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One employee's (or pensioner's) year with one deductor, as a Form 16 states it. Derived figures
 * follow from the parts; the taxable income may be rounded to tens (section 288A) when a layout says so.
 *
 * @param deductor      deductor's name as it prints it
 * @param address       deductor's address
 * @param tan           TAN
 * @param pan           deductor's PAN, or null for a government office (prints {@code PANNOTREQD})
 * @param employee      employee or pensioner
 * @param designation   designation (or "Pensioner")
 * @param employeeRef   employee code or PPO number
 * @param fy            first calendar year of the financial year
 * @param from          start of the period with the deductor
 * @param to            end of the period
 * @param certificate   Part A certificate number
 * @param issued        date the certificate was signed
 * @param signatory     who signs
 * @param signatoryRole the signatory's designation
 * @param newRegime     taxed under section 115BAC
 * @param rounded       taxable income rounded to the nearest ten rupees
 * @param s171          salary (or pension) u/s 17(1)
 * @param s172          perquisites u/s 17(2)
 * @param s173          profits in lieu of salary u/s 17(3)
 * @param hra           exemption u/s 10(13A)
 * @param lta           exemption u/s 10(5)
 * @param otherExempt   other exemptions u/s 10
 * @param standard      standard deduction u/s 16(ia)
 * @param pt            tax on employment u/s 16(iii)
 * @param house         income or loss (negative) from house property reported
 * @param otherSources  income from other sources reported
 * @param via           Chapter VI-A rows
 * @param tax           tax on total income
 * @param rebate        rebate u/s 87A
 * @param cess          health and education cess
 * @param quarters      Part A quarters
 * @param months        month-wise salary, in order
 */
public record PayYear(String deductor, Place.Address address, String tan, String pan, Who employee,
        String designation, String employeeRef, int fy, LocalDate from, LocalDate to, String certificate,
        LocalDate issued, String signatory, String signatoryRole, boolean newRegime, boolean rounded, BigDecimal s171,
        BigDecimal s172, BigDecimal s173, BigDecimal hra, BigDecimal lta, BigDecimal otherExempt, BigDecimal standard,
        BigDecimal pt, BigDecimal house, BigDecimal otherSources, List<Via> via, BigDecimal tax, BigDecimal rebate,
        BigDecimal cess, List<Quarter> quarters, List<MonthPay> months) implements SalaryComputation {

    /**
     * A Chapter VI-A row.
     *
     * @param section    e.g. {@code 80C}
     * @param gross      amount paid or invested
     * @param deductible amount allowed
     */
    public record Via(String section, BigDecimal gross, BigDecimal deductible) implements SalaryComputation.Deduction {
    }

    /**
     * A quarter of Part A, with its months' tax for layouts that print them.
     *
     * @param name      Q1..Q4
     * @param receipt   receipt number of the quarterly statement
     * @param paid      amount paid or credited
     * @param deducted  tax deducted
     * @param deposited tax deposited
     * @param monthTax  tax deducted in each month of the quarter within the period
     * @param monthPaid amount paid in each of those months
     */
    public record Quarter(String name, String receipt, BigDecimal paid, BigDecimal deducted, BigDecimal deposited,
            List<BigDecimal> monthTax, List<BigDecimal> monthPaid, List<YearMonth> monthNames)
            implements SalaryComputation.TdsQuarter {
    }

    /**
     * One month's salary by component.
     *
     * @param month month
     * @param parts amounts in the order of {@link #PARTS}
     */
    public record MonthPay(YearMonth month, List<BigDecimal> parts) {
        public BigDecimal total() {
            return Rupees.sum(parts);
        }
    }

    /** Components of the month-wise statement. */
    public static final List<String> PARTS = List.of("Basic", "HRA", "Conveyance", "Special Allowance",
            "Bonus / Incentive");

    public String assessmentYear() {
        return FinancialYear.span(fy + 1);
    }

    @Override
    public BigDecimal taxable() {
        BigDecimal t = beforeRounding();
        if (!rounded) {
            return t;
        }
        BigDecimal r = t.divide(BigDecimal.TEN, 0, java.math.RoundingMode.HALF_UP).multiply(BigDecimal.TEN).setScale(2);
        // payroll software rounds down where rounding up would pass the gross total income
        return r.compareTo(grossTotal()) > 0
                ? t.divide(BigDecimal.TEN, 0, java.math.RoundingMode.FLOOR).multiply(BigDecimal.TEN).setScale(2) : r;
    }
}
