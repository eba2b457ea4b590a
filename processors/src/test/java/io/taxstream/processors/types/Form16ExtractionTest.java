package io.taxstream.processors.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.DocType;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.ExtractionStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Form16ExtractionTest {

    /** A pension certificate: "pensioner" for employee, TDS month by month with quarter subtotal lines. */
    private static final String PENSION = """
                                   FORM NO. 16
            (Certificate of tax deducted at source on pension under section 203 of the Income-tax Act, 1961)

            Name of the Deductor (Bank) : Vidarbha Gramin Bank        TAN of the Deductor : NGPV12345K
            Name of the Pensioner     : Lakshmi Narayan Iyer          PAN of the Pensioner : AKQPI4411M
            Assessment Year           : 2025-26                       Period : 01/04/2024 to 31/03/2025

            Month-wise pension paid and tax deducted
            Month                       Pension Paid     Tax Deducted     Tax Deposited
            April 2024                     50,000.00         2,000.00         2,000.00
            May 2024                       50,000.00         2,000.00         2,000.00
            June 2024                      50,000.00         2,500.00         2,500.00
            Q1 Total (Receipt No. QWERTYAB) 1,50,000.00      6,500.00         6,500.00
            July 2024                      50,000.00         1,000.00         1,000.00
            August 2024                    50,000.00         1,000.00         1,000.00
            September 2024                 50,000.00         1,000.00         1,000.00
            Q2 Total (Receipt No. ZXCVBNMA) 1,50,000.00      3,000.00         3,000.00
            Total for the year             3,00,000.00       9,500.00         9,500.00
            """;

    @Test
    void shouldFoldAMonthWiseTdsTableIntoQuartersWithTheirReceipts() {
        ExtractionResult r = TextExtraction.extract(DocType.FORM_16, PENSION);

        assertThat(TextExtraction.items(r)).containsExactly(
                Map.of("quarter", "Q1", "amount_paid", "150000.00", "tax_deducted", "6500.00", "tax_deposited", "6500.00",
                        "receipt_number", "QWERTYAB"),
                Map.of("quarter", "Q2", "amount_paid", "150000.00", "tax_deducted", "3000.00", "tax_deposited", "3000.00",
                        "receipt_number", "ZXCVBNMA"));
        assertThat(TextExtraction.fields(r)).containsEntry("total_tds", "9500.00")
                .containsEntry("employee_name", "Lakshmi Narayan Iyer")
                .containsEntry("employee_pan", "AKQPI4411M");
    }

    @Test
    void shouldMapMonthsToFinancialYearQuarters() {
        assertThat(List.of("2024-04", "2024-06", "2024-07", "2024-12", "2025-01", "2025-03").stream()
                .map(Form16Completion::quarterOf)).containsExactly("Q1", "Q1", "Q2", "Q3", "Q4", "Q4");
    }

    /**
     * A bilingual certificate: each label in Hindi over English, the value level with the Hindi
     * line (name above designation), amounts on the Hindi line of a row.
     */
    private static final String BILINGUAL = """
            भाग क / PART A
            आहरण एवं संवितरण अधिकारी का नाम /        Office of the Executive Engineer, Public Works, Dharwad
            Name and address of the DDO (Employer)  Sector 4, Station Road
            कर्मचारी का नाम और पदनाम /                Smt. Meenakshi Hegde
            Name and designation of the Employee    Junior Engineer (ZX112233)
            कर्मचारी का पैन / PAN of the Employee        BQRPH5521L
            कटौतीकर्ता का टैन / TAN of the Deductor      DHRE04567F

            तिमाही   Quarter   Receipt No.   Amount paid/credited   Tax deducted   Tax deposited/remitted
                     Q1        ABCDEFGH         2,00,000.00           4,000.00          4,000.00
                     Q2        IJKLMNOP         2,00,000.00           5,000.00          5,000.00
            कुल / Total                         4,00,000.00           9,000.00          9,000.00

            धारा 10 के अधीन दावा की गई छूट की कुल राशि                             12,400.00
            Total amount of exemption claimed under section 10
            """;

    @Test
    void shouldReadBilingualLabelsWhoseValuesStandLevelWithTheirFirstLine() {
        Map<String, String> fields = TextExtraction.fields(TextExtraction.extract(DocType.FORM_16, BILINGUAL));

        assertThat(fields).containsEntry("employee_name", "Meenakshi Hegde")
                .containsEntry("employer_name", "Office of the Executive Engineer, Public Works, Dharwad")
                .containsEntry("total_tds", "9000.00")
                .containsEntry("exemptions_section_10", "12400.00");
    }

    @Test
    void shouldAcceptTotalIncomeRoundedToTensAboveTheFiguresItComesFrom() {
        ExtractionResult r = TextExtraction.extract(DocType.FORM_16, """
                Gross Total Income                                  7,69,105.00
                Total deductions under Chapter VI-A                         0.00
                Total Income (rounded off u/s 288A)                 7,69,110.00
                """);

        assertThat(TextExtraction.fields(r)).containsEntry("total_taxable_income", "769110.00");
        assertThat(r.getValidation()).noneMatch(v -> v.getRule().startsWith("form16.taxable"));
    }

    @Test
    void shouldAcceptTotalIncomeRoundedDownToTens() {
        ExtractionResult r = TextExtraction.extract(DocType.FORM_16, """
                Gross Total Income                                  5,11,268.00
                Total deductions under Chapter VI-A                         0.00
                Total Taxable Income                                5,11,260.00
                """);

        assertThat(r.getValidation()).noneMatch(v -> v.getRule().startsWith("form16.taxable"));
    }

    @Test
    void shouldFlagTaxableIncomeTenOrMoreBelowItsFigures() {
        ExtractionResult r = TextExtraction.extract(DocType.FORM_16, """
                Gross Total Income                                  5,11,268.00
                Total deductions under Chapter VI-A                         0.00
                Total Taxable Income                                5,11,250.00
                """);

        assertThat(r.getValidation()).anyMatch(v -> v.getRule().equals("form16.taxable_income"));
    }

    @Test
    void shouldFlagTaxableIncomeFurtherAboveGrossTotalThanRounding() {
        ExtractionResult r = TextExtraction.extract(DocType.FORM_16, """
                Gross Total Income                                  7,69,105.00
                Total deductions under Chapter VI-A                         0.00
                Total Income                                        7,69,160.00
                """);

        assertThat(r.getValidation()).anyMatch(v -> v.getRule().equals("form16.taxable_within_gross_total"));
        assertThat(r.getStatus()).isNotEqualTo(ExtractionStatus.EXTRACTED);
    }
}
