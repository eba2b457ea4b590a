package io.taxstream.processors.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.DocType;
import io.taxstream.avro.ExtractionResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayslipExtractionTest {

    @Test
    void shouldReadEarningsAndDeductionsPrintedAsNamesOverAmountsWithTheHeadingBetween() {
        ExtractionResult r = TextExtraction.extract(DocType.PAYSLIP, """
                              ST. XAVIER'S HIGH SCHOOL
                         SALARY SLIP FOR THE MONTH OF : MARCH 2025
                Name   ASHA VERGHESE            Staff No.   T/114

                            BASIC        D.A.       H.R.A.       GROSS
                EARNINGS
                          30,000.00    9,000.00    6,000.00    45,000.00

                            E.P.F.      P. TAX      I. TAX     TOTAL DED.
                DEDUCTIONS
                           1,800.00     200.00     1,000.00     3,000.00

                NET SALARY   42,000.00
                """);

        assertThat(TextExtraction.items(r)).contains(
                Map.of("name", "BASIC", "type", "EARNING", "amount", "30000.00"),
                Map.of("name", "D.A.", "type", "EARNING", "amount", "9000.00"),
                Map.of("name", "I. TAX", "type", "DEDUCTION", "amount", "1000.00"));
        assertThat(TextExtraction.fields(r)).containsEntry("basic", "30000.00").containsEntry("hra", "6000.00")
                .containsEntry("provident_fund", "1800.00").containsEntry("income_tax", "1000.00");
    }

    /** A statutory wage slip: the contractor pays, one column of heads with Earned and Deducted amounts. */
    private static final String WAGE_SLIP = """
                                   WAGE SLIP
            Name and address of the Contractor   : M/s. Kaveri Facility Services, Hubballi
            Name and address of establishment    : Karnataka Polytechnic, Vidyanagar,
                                                   Hubballi
            Name of the Workman                  : RAMESH GOUDA PATIL
            Token / Gate Pass No.                : 5521
            For the month ending                 : 31/1/25 (JAN-2025)
            1.  No. of days worked                                       24
            2.  Gross wages payable                              Rs. 15,600/-
            3.  Deductions, if any                                Rs. 1,900/-
            4.  Net amount of wages paid                         Rs. 13,700/-

            Head                               Earned      Deducted
            Basic Wages                        12,000
            H.R.A.                              3,600
            P.F. @ 12%                                        1,440
            Profession Tax                                      200
            Canteen                                             260
            Total                              15,600         1,900
            """;

    @Test
    void shouldReadAWageSlipWithEarnedAndDeductedColumns() {
        ExtractionResult r = TextExtraction.extract(DocType.PAYSLIP, WAGE_SLIP);

        assertThat(TextExtraction.items(r)).containsExactly(
                Map.of("name", "Basic Wages", "type", "EARNING", "amount", "12000.00"),
                Map.of("name", "H.R.A.", "type", "EARNING", "amount", "3600.00"),
                Map.of("name", "P.F. @ 12%", "type", "DEDUCTION", "amount", "1440.00"),
                Map.of("name", "Profession Tax", "type", "DEDUCTION", "amount", "200.00"),
                Map.of("name", "Canteen", "type", "DEDUCTION", "amount", "260.00"));
        assertThat(TextExtraction.fields(r))
                .containsEntry("employer_name", "Kaveri Facility Services")
                .containsEntry("employee_name", "RAMESH GOUDA PATIL")
                .containsEntry("employee_id", "5521")
                .containsEntry("days_paid", "24")
                .containsEntry("total_deductions", "1900.00")
                .containsEntry("net_pay", "13700.00");
    }

    @Test
    void shouldKeepTheCommasOfAFirmNameThatHasItsAddressOnTheLinesBelow() {
        assertThat(Organisations.withoutTrailingPlace("Kaveri Facility Services, Hubballi")).isEqualTo("Kaveri Facility Services");
        assertThat(Organisations.name("M/s. Kaveri Facility Services,")).isEqualTo("Kaveri Facility Services");
        assertThat(Organisations.withoutTrailingPlace("Shree Traders, Hubballi Pvt. Ltd.")).isEqualTo("Shree Traders, Hubballi Pvt. Ltd.");

        ExtractionResult r = TextExtraction.extract(DocType.PAYSLIP, """
                Name and address of the Employer   : Office of the Chief Engineer, Irrigation, Dharwad
                                                     Sector 4, Station Road
                Name of the Employee               : Sunil Kumar
                """);

        assertThat(TextExtraction.fields(r)).containsEntry("employer_name", "Office of the Chief Engineer, Irrigation, Dharwad");
    }

    @Test
    void shouldReadAValueUnderItsLabelWhenABankNameStandsInTheColumnBeside() {
        ExtractionResult r = TextExtraction.extract(DocType.PAYSLIP, """
                Employee ID        PAN
                E-204              ABCPK1234L
                Bank                         Bank A/c No.      Paid Days     LOP Days
                Lotus Cooperative Bank       XXXXXXXX4779      30            0
                """);

        assertThat(TextExtraction.fields(r)).containsEntry("days_paid", "30");
    }

    @Test
    void shouldTakeTheNameOverTheDesignationOfAnUnlabelledNameCard() {
        ExtractionResult r = TextExtraction.extract(DocType.PAYSLIP, """
                Lotus Analytics Private Limited                         PAYSLIP
                12, Lake Road, Pune - 411001                  Pay Period: Aug 2024
                C. Anbarasi
                Data Engineer II | Customer Experience
                Associate ID        PAN
                IW-2760             ABCPA1234K
                """);

        assertThat(TextExtraction.fields(r)).containsEntry("employee_name", "C. Anbarasi")
                .containsEntry("employer_name", "Lotus Analytics Private Limited");
    }

    @Test
    void shouldJoinTheLegalFormOfAFirmNameThatWrappedOntoItsAddress() {
        ExtractionResult r = TextExtraction.extract(DocType.PAYSLIP, """
                Name and address of the Contractor    : M/s. Kaveri Security & Allied
                                                        Services, Hubballi
                Name of the Workman                   : RAMESH PATIL
                """);

        assertThat(TextExtraction.fields(r)).containsEntry("employer_name", "Kaveri Security & Allied Services");
    }
}
