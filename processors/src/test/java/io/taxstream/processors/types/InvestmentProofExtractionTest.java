package io.taxstream.processors.types;

import static io.taxstream.processors.types.TextExtraction.extract;
import static io.taxstream.processors.types.TextExtraction.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.DocType;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.ExtractionStatus;
import org.junit.jupiter.api.Test;

/** Investment proofs in wordings the development corpus does not use: kind and section from evidence, parties by role. */
class InvestmentProofExtractionTest {

    static final String HOME_LOAN_LETTER = """
                                 GAMMA HOUSING FINANCE LTD
                           PROVISIONAL INTEREST CERTIFICATE 2024-25

            This is to certify that Mr. VIKRAM SETH and Mrs. ANJALI SETH have been granted a housing
            loan vide Loan Account Number HFL00987654 for purchase of a residential property.

            The amounts receivable from the borrowers for the period 01/04/2024 to 31/03/2025 are:

                 Principal Component              Rs.   1,12,345.00
                 Interest Component               Rs.   2,45,678.00
                 Total EMI                        Rs.   3,58,023.00

            The interest is eligible for deduction under section 24(b) and principal under section 80C.
            """;

    static final String HEALTH_PREMIUM_RECEIPT = """
            DELTA GENERAL INSURANCE COMPANY LIMITED
            PREMIUM RECEIPT

            Receipt Number   : R-2023-556677          Receipt Date : 14/08/2023
            Policy Number    : 4112/HLT/998877
            Insured Name     : SUNITA RAO
            PAN              : CCCPR4567N
            Product          : Family Floater Mediclaim Policy

            Premium Amount (incl. GST)       : Rs. 23,600.00
            Mode of Payment                  : Online

            This premium is eligible for deduction u/s 80D of the Income Tax Act.
            """;

    static final String MONTHLY_RENT_RECEIPT = """
                                          HOUSE RENT RECEIPT

            Receipt No. 07                                              Date: 01/03/2024

            Received from Ms. Kavita Joshi, the sum of Rupees Twenty Five Thousand only
            (Rs. 25,000/-) towards rent of flat no. 12, Green Park, Pune for the month of
            February 2024.

            Landlord Name : Ramesh Kulkarni
            Landlord PAN  : DDDPK5678Q
                                                                 (Signature of Landlord)
            """;

    static final String LIFE_PREMIUM_CERTIFICATE = """
                                    EPSILON LIFE INSURANCE CO. LTD.
                             Premium Paid Certificate for Financial Year 2023-24

            Name of the Policyholder : Mr. DEEPAK VERMA
            Policy No.               : 55667788
            Plan                     : Term Assurance Plan

            Date of Payment     Premium Amount
            12/05/2023               18,000.00

            Total Premium Paid :     18,000.00
            The premium qualifies for deduction under Section 80C.
            """;

    @Test
    void shouldCertifyTheInterestOfAHomeLoanUnderSection24b() {
        ExtractionResult r = extract(DocType.INVESTMENT_PROOF, HOME_LOAN_LETTER);

        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(fields(r)).containsEntry("proof_kind", "HOME_LOAN_INTEREST").containsEntry("section", "24(b)")
                .containsEntry("amount", "245678.00").containsEntry("reference_number", "HFL00987654")
                .containsEntry("holder_name", "VIKRAM SETH").containsEntry("financial_year", "2024-25");
    }

    @Test
    void shouldCertifyOnlyThePrincipalWhenALenderStatesNoInterest() {
        String principalOnly = HOME_LOAN_LETTER.replace("     Interest Component               Rs.   2,45,678.00\n", "")
                .replace("The interest is eligible for deduction under section 24(b) and principal", "The principal is eligible");

        ExtractionResult r = extract(DocType.INVESTMENT_PROOF, principalOnly);

        assertThat(fields(r)).containsEntry("proof_kind", "HOME_LOAN_PRINCIPAL").containsEntry("amount", "112345.00")
                .containsEntry("section", "80C");
    }

    @Test
    void shouldReadAHealthPremiumReceiptWithItsPaymentDate() {
        ExtractionResult r = extract(DocType.INVESTMENT_PROOF, HEALTH_PREMIUM_RECEIPT);

        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(fields(r)).containsEntry("proof_kind", "HEALTH_INSURANCE_PREMIUM").containsEntry("section", "80D")
                .containsEntry("amount", "23600.00").containsEntry("holder_name", "SUNITA RAO")
                .containsEntry("holder_pan", "CCCPR4567N").containsEntry("payment_date", "2023-08-14")
                .containsEntry("reference_number", "4112/HLT/998877");
    }

    @Test
    void shouldTakeTheLandlordAsIssuerAndTheTenantAsHolderOfARentReceipt() {
        ExtractionResult r = extract(DocType.INVESTMENT_PROOF, MONTHLY_RENT_RECEIPT);

        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(fields(r)).containsEntry("proof_kind", "RENT_RECEIPT").containsEntry("issuer_name", "Ramesh Kulkarni")
                .containsEntry("holder_name", "Kavita Joshi").containsEntry("amount", "25000.00")
                .doesNotContainKeys("holder_pan", "section", "payment_date");
    }

    @Test
    void shouldReadALifePremiumCertificateWithItsPaymentTable() {
        ExtractionResult r = extract(DocType.INVESTMENT_PROOF, LIFE_PREMIUM_CERTIFICATE);

        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(fields(r)).containsEntry("proof_kind", "LIFE_INSURANCE_PREMIUM").containsEntry("section", "80C")
                .containsEntry("amount", "18000.00").containsEntry("holder_name", "DEEPAK VERMA")
                .containsEntry("payment_date", "2023-05-12").containsEntry("financial_year", "2023-24");
    }

    @Test
    void shouldCallAProofWithoutEvidenceOfAnyKindOther() {
        ExtractionResult r = extract(DocType.INVESTMENT_PROOF, """
                SOME SOCIETY
                Receipt No. 44
                Received from Mr. Anil Das a sum of Rs. 5,000.00 as donation.
                """);

        assertThat(fields(r)).containsEntry("proof_kind", "OTHER").doesNotContainKey("section");
    }

    @Test
    void shouldReadABankAcknowledgementOfAPpfDepositByItsBareAmountAndDateLabels() {
        ExtractionResult r = extract(DocType.INVESTMENT_PROOF, """
                EPSILON BANK LTD.
                Net Banking
                                 Transaction Acknowledgement
                Transaction Type          PPF Deposit (Self)
                PPF Account Number        55512345678
                PPF Account Holder        Meera Nair
                Amount                    Rs. 40,000.00
                Amount in words           Rupees Forty Thousand Only
                Date & Time               05/01/2024 09:15:22
                """);

        assertThat(fields(r)).containsEntry("proof_kind", "PPF").containsEntry("amount", "40000.00")
                .containsEntry("payment_date", "2024-01-05").containsEntry("issuer_name", "EPSILON BANK LTD.");
    }

    @Test
    void shouldReadALoanCertificateWithItsLetterheadBesideADateAndNoPaymentDate() {
        ExtractionResult r = extract(DocType.INVESTMENT_PROOF, """
                ZETA BANK LIMITED                                          Date: 02-May-2024
                Civil Lines Branch, Nagpur
                          CERTIFICATE OF INTEREST ON EDUCATION LOAN
                This is to certify that Shri Arun Mehta has availed an education loan, account number
                778899001122, for his daughter's studies.
                Total amount repaid during the year   Rs. 1,20,000.00
                Principal outstanding as on 31-Mar-2024   Rs. 9,00,000.00
                Interest of Rs. 60,000.00 paid during the financial year 2023-24 is eligible for deduction u/s 80E.
                """);

        assertThat(fields(r)).containsEntry("issuer_name", "ZETA BANK LIMITED").containsEntry("amount", "60000.00")
                .containsEntry("reference_number", "778899001122").doesNotContainKey("payment_date");
    }

    @Test
    void shouldTakeTheLandlordNamedBesideTheRoleAndDateAReceiptForMonthsPaidByOneCheque() {
        ExtractionResult r = extract(DocType.INVESTMENT_PROOF, """
                                 RENT RECEIPT
                Receipt No.: 5                                             Date: 10/01/2024
                Received with thanks from Shri Rohan Pillai a sum of Rs. 60,000/- by cheque No. 445566
                towards rent of the premises at 4, Lake View, Kochi for the period January 2024 to March 2024.
                                                                     (Signature)
                                                              Landlord: Suresh Menon
                                                              PAN: EEEPM1234K
                """);

        assertThat(fields(r)).containsEntry("issuer_name", "Suresh Menon").containsEntry("holder_name", "Rohan Pillai")
                .containsEntry("reference_number", "5").containsEntry("payment_date", "2024-01-10")
                .doesNotContainKey("holder_pan");
    }

    @Test
    void shouldKeepTheCountryInAProofIssuersNameAndTakeTheOnlySectionPrinted() {
        ExtractionResult r = extract(DocType.INVESTMENT_PROOF, """
                            DEPARTMENT OF POSTS, INDIA
                            SUKANYA SAMRIDDHI ACCOUNT - DEPOSIT RECEIPT
                Date of Deposit            12-02-2024
                Name of Guardian / Depositor   LATA IYER
                Amount Deposited (Rs.)     50,000.00
                Deposits in this account qualify for deduction under Section 80C.
                """);

        assertThat(fields(r)).containsEntry("issuer_name", "DEPARTMENT OF POSTS, INDIA").containsEntry("section", "80C")
                .containsEntry("amount", "50000.00");
    }

    @Test
    void shouldTakeTheDepositorNotTheMinorWhoseAccountItIsAsHolder() {
        ExtractionResult r = extract(DocType.INVESTMENT_PROOF, """
                                 ZETA POST OFFICE SAVINGS BANK
                            CHILD SAVINGS ACCOUNT - DEPOSIT RECEIPT
                Account Number                           4455667788
                Name of the Minor (Account Holder)       ANVI SHETTY
                Name of Guardian / Depositor             PRAKASH SHETTY
                PAN of Depositor                         ABCPS1234K
                Amount Deposited (Rs.)                   12,000.00
                Date of Deposit                          02.06.2024
                """);

        assertThat(fields(r)).containsEntry("holder_name", "PRAKASH SHETTY").containsEntry("holder_pan", "ABCPS1234K");
    }

    @Test
    void shouldTakeTheDonorAndHisPanFromTheSentenceOfADonationReceipt() {
        ExtractionResult r = extract(DocType.INVESTMENT_PROOF, """
                                    VIDYA KIRAN FOUNDATION
                        PAN: AAATV1234Q | 80G Approval No.: AAATV1234QF2022
                                      DONATION RECEIPT
                Receipt No.: 80G/24-117                                   Date: 13-Mar-25
                Received with thanks from NEHA RAMESH KULKARNI (PAN: BQZPK4321M), 12 Lake View
                Road, Pune - 411001, a sum of Rs. 25,000/- (Rupees Twenty Five Thousand Only) by
                cheque no. 223344 as donation towards the school building fund.
                """);

        assertThat(fields(r)).containsEntry("holder_name", "NEHA RAMESH KULKARNI").containsEntry("holder_pan", "BQZPK4321M")
                .containsEntry("amount", "25000.00").doesNotContainKey("section");
    }

    @Test
    void shouldReadAPremiumTotalWhoseLabelNamesTheYear() {
        ExtractionResult r = extract(DocType.INVESTMENT_PROOF, """
                KAPPA LIFE INSURANCE COMPANY LTD
                Premium Paid Statement - Financial Year 2023-24
                Policy Number         2785511177            Plan Name        Term Plan
                Policyholder          ARUN JOSHI            Life Assured     ARUN JOSHI
                Due Date    Paid On      Receipt No.      Premium      GST      Total Paid
                05/09/2023  03/09/2023   T008258740      10,709.00   481.91    11,190.91
                05/03/2024  29/02/2024   H327832156      10,709.00   481.91    11,190.91
                            Total                                              22,381.82
                Total premium paid during the financial year: Rs. 22,381.82
                Premium paid is eligible for deduction under Section 80C of the Income Tax Act, 1961.
                """);

        assertThat(fields(r)).containsEntry("proof_kind", "LIFE_INSURANCE_PREMIUM").containsEntry("amount", "22381.82")
                .containsEntry("holder_name", "ARUN JOSHI");
    }

    @Test
    void shouldKeepABracketThatFollowsTheNameItLabels() {
        ExtractionResult r = extract(DocType.INVESTMENT_PROOF, """
                                 National Pension System (NPS)
                 Central Recordkeeping Agency: Omega Records Limited (CRA)
                       Contribution Statement - Tier I - FY 2022-23
                PRAN : 115888100466              Subscriber Name : RITU KAMATH
                Total Tier I contribution                                  19,000.00
                """);

        assertThat(fields(r)).containsEntry("issuer_name", "Omega Records Limited (CRA)");
    }

    @Test
    void shouldTakeThePayerOfADonationToATrustWhoseNameOpensWithASalutation() {
        ExtractionResult r = extract(DocType.INVESTMENT_PROOF, """
                                 SRI KAVERI VIDYA DANA TRUST
                        PAN: AAATS1234Q | 80G Approval No.: AAATS1234QF2021
                                      DONATION RECEIPT
                Receipt No.: RCPT-24-5887                                 Date: 02 Jul 2024
                Received with thanks from Mr. G. Kalaiselvi (PAN: ACZPK6598C), Plot 373, Lake
                Towers, Nagpur - 440001, a sum of Rs. 3,001.00/- (Rupees Three Thousand One Only)
                by cheque no. 349226 as donation towards the general fund of the trust.
                """);

        assertThat(fields(r)).containsEntry("holder_name", "G. Kalaiselvi").containsEntry("holder_pan", "ACZPK6598C");
    }
}
