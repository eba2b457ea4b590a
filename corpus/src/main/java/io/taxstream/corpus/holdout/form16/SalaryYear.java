package io.taxstream.corpus.holdout.form16;

import io.taxstream.corpus.data.Employer;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.kit.SalaryComputation;
import io.taxstream.corpus.kit.Who;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One employee's year with one employer, as a Form 16 states it: parties, period, the salary
 * computation and the quarterly TDS. Every derived figure follows from the parts.
 *
 * @param employer     the deductor
 * @param employee     the employee
 * @param employeeRef  the employer's reference for the employee
 * @param designation  the employee's designation
 * @param fyStart      first calendar year of the financial year
 * @param from         start of employment in the year
 * @param to           end of employment in the year
 * @param certificate  Part A certificate number
 * @param issued       date of signing
 * @param signatory    person responsible for deduction of tax
 * @param signatoryRole the signatory's designation
 * @param newRegime    taxed under section 115BAC
 * @param s171         salary u/s 17(1)
 * @param s172         perquisites u/s 17(2)
 * @param s173         profits in lieu of salary u/s 17(3)
 * @param hra          HRA exemption u/s 10(13A)
 * @param lta          leave travel concession u/s 10(5)
 * @param otherExempt  other section 10 exemptions
 * @param standard     standard deduction u/s 16(ia)
 * @param pt           tax on employment u/s 16(iii)
 * @param house        income (negative: loss) from house property reported to the employer
 * @param otherSources income from other sources reported to the employer
 * @param via          Chapter VI-A rows claimed
 * @param tax          tax on total income
 * @param rebate       rebate u/s 87A
 * @param cess         health and education cess
 * @param quarters     Part A quarterly summary
 */
public record SalaryYear(Employer employer, Who employee, String employeeRef, String designation, int fyStart,
        LocalDate from, LocalDate to, String certificate, LocalDate issued, String signatory, String signatoryRole,
        boolean newRegime, BigDecimal s171, BigDecimal s172, BigDecimal s173, BigDecimal hra, BigDecimal lta,
        BigDecimal otherExempt, BigDecimal standard, BigDecimal pt, BigDecimal house,
        BigDecimal otherSources, List<Via> via, BigDecimal tax, BigDecimal rebate, BigDecimal cess,
        List<Quarter> quarters) implements SalaryComputation {

    /**
     * A Chapter VI-A row.
     *
     * @param section    e.g. {@code 80C}, {@code 80CCD(1B)}
     * @param gross      amount paid or invested
     * @param qualifying amount within the section's limit
     * @param deductible amount deducted
     */
    public record Via(String section, BigDecimal gross, BigDecimal qualifying, BigDecimal deductible)
            implements SalaryComputation.Deduction {
    }

    /**
     * A quarter of Part A.
     *
     * @param name      Q1..Q4
     * @param receipt   receipt number of the quarterly statement
     * @param paid      amount paid or credited
     * @param deducted  tax deducted
     * @param deposited tax deposited
     */
    public record Quarter(String name, String receipt, BigDecimal paid, BigDecimal deducted, BigDecimal deposited)
            implements SalaryComputation.TdsQuarter {
    }

    public String assessmentYear() {
        return FinancialYear.span(fyStart + 1);
    }

    public String financialYear() {
        return FinancialYear.span(fyStart);
    }
}
