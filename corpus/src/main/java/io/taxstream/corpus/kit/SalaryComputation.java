package io.taxstream.corpus.kit;

import java.math.BigDecimal;
import java.util.List;

/**
 * The salary computation a Form 16 states (Part B) and its Part A quarters: the parts as
 * drawn, and every derived figure following from them the way section 16, Chapter VI-A and the
 * tax computation add up.
 */
public interface SalaryComputation {

    /** A Chapter VI-A row. */
    interface Deduction {
        String section();

        BigDecimal deductible();
    }

    /** A quarter of Part A. */
    interface TdsQuarter {
        BigDecimal paid();

        BigDecimal deducted();

        BigDecimal deposited();
    }

    /** Salary u/s 17(1). */
    BigDecimal s171();

    /** Perquisites u/s 17(2). */
    BigDecimal s172();

    /** Profits in lieu of salary u/s 17(3). */
    BigDecimal s173();

    /** Exemption u/s 10(13A). */
    BigDecimal hra();

    /** Exemption u/s 10(5). */
    BigDecimal lta();

    /** Other exemptions u/s 10. */
    BigDecimal otherExempt();

    /** Standard deduction u/s 16(ia). */
    BigDecimal standard();

    /** Tax on employment u/s 16(iii). */
    BigDecimal pt();

    /** Income (negative: loss) from house property reported to the employer. */
    BigDecimal house();

    /** Income from other sources reported to the employer. */
    BigDecimal otherSources();

    List<? extends Deduction> via();

    /** Tax on total income. */
    BigDecimal tax();

    /** Rebate u/s 87A. */
    BigDecimal rebate();

    /** Health and education cess. */
    BigDecimal cess();

    List<? extends TdsQuarter> quarters();

    default BigDecimal gross() {
        return s171().add(s172()).add(s173());
    }

    default BigDecimal exemptions() {
        return hra().add(lta()).add(otherExempt());
    }

    default BigDecimal afterExemptions() {
        return gross().subtract(exemptions());
    }

    default BigDecimal section16() {
        return standard().add(pt());
    }

    default BigDecimal salaries() {
        return afterExemptions().subtract(section16());
    }

    default BigDecimal otherIncome() {
        return house().add(otherSources());
    }

    default BigDecimal grossTotal() {
        return salaries().add(otherIncome());
    }

    default BigDecimal viaTotal() {
        return Rupees.sum(via().stream().map(Deduction::deductible).toList());
    }

    /** Gross total income less Chapter VI-A, before any rounding. */
    default BigDecimal beforeRounding() {
        return grossTotal().subtract(viaTotal());
    }

    /** Total taxable income; unrounded unless a computation says otherwise. */
    default BigDecimal taxable() {
        return beforeRounding();
    }

    default BigDecimal taxPayable() {
        return tax().subtract(rebate()).add(cess());
    }

    default BigDecimal totalTds() {
        return Rupees.sum(quarters().stream().map(TdsQuarter::deducted).toList());
    }

    default BigDecimal totalPaid() {
        return Rupees.sum(quarters().stream().map(TdsQuarter::paid).toList());
    }

    default BigDecimal totalDeposited() {
        return Rupees.sum(quarters().stream().map(TdsQuarter::deposited).toList());
    }

    /** The deductible amount of a section, zero when not claimed. */
    default BigDecimal deductible(String section) {
        return via().stream().filter(v -> v.section().equals(section)).map(Deduction::deductible).findFirst()
                .orElse(Rupees.ZERO);
    }

    default boolean claims(String section) {
        return via().stream().anyMatch(v -> v.section().equals(section));
    }
}
