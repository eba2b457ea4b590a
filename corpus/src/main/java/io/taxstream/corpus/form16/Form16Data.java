package io.taxstream.corpus.form16;

import io.taxstream.corpus.data.Employer;
import io.taxstream.corpus.data.Person;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything one Form 16 states, consistent with itself: Part A's parties and TDS, Part B's
 * salary computation.
 *
 * @param employer        the deductor
 * @param employee        the employee
 * @param fyStart         first calendar year of the financial year
 * @param periodFrom      start of employment in the year
 * @param periodTo        end of employment in the year
 * @param certificate     Part A certificate number
 * @param lastUpdated     Part A "last updated on" date
 * @param issued          date of signing
 * @param citAddress      CIT (TDS) address lines
 * @param signatory       person responsible for deduction
 * @param designation     signatory's designation
 * @param salary          Part B computation
 * @param quarters        Part A quarterly summary
 * @param challans        Part A challan rows
 */
public record Form16Data(Employer employer, Person employee, int fyStart, LocalDate periodFrom, LocalDate periodTo,
        String certificate, LocalDate lastUpdated, LocalDate issued, List<String> citAddress, String signatory,
        String designation, Salary salary, List<Quarter> quarters, List<Challan> challans) {

    public String assessmentYear() {
        return (fyStart + 1) + "-" + String.format(java.util.Locale.ROOT, "%02d", (fyStart + 2) % 100);
    }

    public String financialYear() {
        return fyStart + "-" + String.format(java.util.Locale.ROOT, "%02d", (fyStart + 1) % 100);
    }

    public BigDecimal totalTds() {
        return quarters.stream().map(Quarter::deducted).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalPaid() {
        return quarters.stream().map(Quarter::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * A quarter of Part A's summary.
     *
     * @param name      Q1..Q4
     * @param receipt   receipt number of the quarterly statement
     * @param paid      amount paid or credited
     * @param deducted  tax deducted
     * @param deposited tax deposited
     */
    public record Quarter(String name, String receipt, BigDecimal paid, BigDecimal deducted, BigDecimal deposited) {
    }

    /**
     * A challan through which tax was deposited.
     *
     * @param amount  tax deposited for the employee
     * @param bsr     seven-digit BSR code of the bank branch
     * @param date    date of deposit
     * @param serial  challan serial number
     */
    public record Challan(BigDecimal amount, String bsr, LocalDate date, String serial) {
    }

    /**
     * A labelled amount (an exemption, other income, a Chapter VI-A row).
     *
     * @param key        a stable key such as {@code 80C}
     * @param gross      gross amount (Chapter VI-A) or the amount
     * @param deductible deductible amount (Chapter VI-A) or the amount
     */
    public record Entry(String key, BigDecimal gross, BigDecimal deductible) {
    }

    /**
     * Part B, row by row.
     *
     * @param newRegime        taxed under section 115BAC
     * @param s171             1(a)
     * @param s172             1(b)
     * @param s173             1(c)
     * @param exemptions       2 (keys: LTA, HRA, OTHER)
     * @param standard         4(a)
     * @param entertainment    4(b)
     * @param professionalTax  4(c)
     * @param otherIncome      7 (keys: HOUSE, OTHER)
     * @param chapterVia       10 (keys: 80C, 80CCC, 80CCD1, 80CCD1B, 80CCD2, 80D, 80E, 80G, 80TTA)
     * @param tax              13
     * @param rebate           14
     * @param surcharge        15
     * @param cess             16
     * @param relief89         18
     */
    public record Salary(boolean newRegime, BigDecimal s171, BigDecimal s172, BigDecimal s173, List<Entry> exemptions,
            BigDecimal standard, BigDecimal entertainment, BigDecimal professionalTax, List<Entry> otherIncome,
            List<Entry> chapterVia, BigDecimal tax, BigDecimal rebate, BigDecimal surcharge, BigDecimal cess,
            BigDecimal relief89) {

        public BigDecimal gross() {
            return s171.add(s172).add(s173);
        }

        public BigDecimal exemptionTotal() {
            return sum(exemptions, false);
        }

        public BigDecimal exemption(String key) {
            return find(exemptions, key).deductible();
        }

        public BigDecimal fromCurrentEmployer() {
            return gross().subtract(exemptionTotal());
        }

        public BigDecimal deductions16() {
            return standard.add(entertainment).add(professionalTax);
        }

        public BigDecimal incomeFromSalaries() {
            return fromCurrentEmployer().subtract(deductions16());
        }

        public BigDecimal otherIncomeTotal() {
            return sum(otherIncome, false);
        }

        public BigDecimal grossTotalIncome() {
            return incomeFromSalaries().add(otherIncomeTotal());
        }

        public Entry via(String key) {
            return find(chapterVia, key);
        }

        public BigDecimal viaTotal() {
            return sum(chapterVia, false);
        }

        public BigDecimal taxableIncome() {
            return grossTotalIncome().subtract(viaTotal());
        }

        public BigDecimal taxPayable() {
            return tax.subtract(rebate).add(surcharge).add(cess);
        }

        public BigDecimal netTaxPayable() {
            return taxPayable().subtract(relief89);
        }

        private static Entry find(List<Entry> entries, String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst()
                    .orElse(new Entry(key, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)));
        }

        private static BigDecimal sum(List<Entry> entries, boolean gross) {
            return entries.stream().map(e -> gross ? e.gross() : e.deductible())
                    .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }
    }
}
