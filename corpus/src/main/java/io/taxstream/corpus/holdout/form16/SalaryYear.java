package io.taxstream.corpus.holdout.form16;

import io.taxstream.corpus.data.Employer;
import io.taxstream.corpus.holdout.kit.Who;
import io.taxstream.corpus.holdout.kit.Years;
import io.taxstream.corpus.kit.Rupees;
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
 * @param professional tax on employment u/s 16(iii)
 * @param houseProperty income (negative: loss) from house property reported to the employer
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
        BigDecimal otherExempt, BigDecimal standard, BigDecimal professional, BigDecimal houseProperty,
        BigDecimal otherSources, List<Via> via, BigDecimal tax, BigDecimal rebate, BigDecimal cess,
        List<Quarter> quarters) {

    /**
     * A Chapter VI-A row.
     *
     * @param section    e.g. {@code 80C}, {@code 80CCD(1B)}
     * @param gross      amount paid or invested
     * @param qualifying amount within the section's limit
     * @param deductible amount deducted
     */
    public record Via(String section, BigDecimal gross, BigDecimal qualifying, BigDecimal deductible) {
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
    public record Quarter(String name, String receipt, BigDecimal paid, BigDecimal deducted, BigDecimal deposited) {
    }

    public String assessmentYear() {
        return Years.span(fyStart + 1);
    }

    public String financialYear() {
        return Years.span(fyStart);
    }

    public BigDecimal gross() {
        return s171.add(s172).add(s173);
    }

    public BigDecimal exemptions() {
        return hra.add(lta).add(otherExempt);
    }

    public BigDecimal afterExemptions() {
        return gross().subtract(exemptions());
    }

    public BigDecimal section16() {
        return standard.add(professional);
    }

    public BigDecimal salaries() {
        return afterExemptions().subtract(section16());
    }

    public BigDecimal otherIncome() {
        return houseProperty.add(otherSources);
    }

    public BigDecimal grossTotal() {
        return salaries().add(otherIncome());
    }

    public BigDecimal viaTotal() {
        return Rupees.sum(via.stream().map(Via::deductible).toList());
    }

    public BigDecimal taxable() {
        return grossTotal().subtract(viaTotal());
    }

    public BigDecimal taxPayable() {
        return tax.subtract(rebate).add(cess);
    }

    public BigDecimal totalTds() {
        return Rupees.sum(quarters.stream().map(Quarter::deducted).toList());
    }

    public BigDecimal totalPaid() {
        return Rupees.sum(quarters.stream().map(Quarter::paid).toList());
    }

    public BigDecimal totalDeposited() {
        return Rupees.sum(quarters.stream().map(Quarter::deposited).toList());
    }

    /** The deductible amount of a section, zero when not claimed. */
    public BigDecimal deductible(String section) {
        return via.stream().filter(v -> v.section().equals(section)).map(Via::deductible).findFirst()
                .orElse(Rupees.ZERO);
    }
}
