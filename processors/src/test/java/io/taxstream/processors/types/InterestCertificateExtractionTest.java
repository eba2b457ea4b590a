package io.taxstream.processors.types;

import static io.taxstream.processors.types.TextExtraction.extract;
import static io.taxstream.processors.types.TextExtraction.fields;
import static io.taxstream.processors.types.TextExtraction.items;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.DocType;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.ExtractionStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Interest certificates in wordings the development corpus does not use. */
class InterestCertificateExtractionTest {

    static final String DEPOSIT_TABLE_WITH_TOTAL_LINES = """
                                PUNJAB EXAMPLE BANK
                           Model Town Branch, Ludhiana

                             TDS CERTIFICATE ON INTEREST
                      (Under Section 194A of the Income Tax Act, 1961)

            Name of the Depositor : Shri HARPREET SINGH GILL
            PAN of the Depositor  : ABCPG1234K
            Period                : 01/04/2023 to 31/03/2024

            Deposit No.        Deposit Type          Interest Amount      TDS Amount
            FD/1001/2345       Fixed Deposit               15,600.00        1,560.00
            RD/2002/7788       Recurring Deposit            4,250.50          425.00
            SB 1234567890      Savings Bank                   980.00            0.00

            Total Interest Paid : 20,830.50
            Total TDS Deducted  : 1,985.00
            """;

    static final String FORM_15H_LETTER = """
            SOUTH EXAMPLE BANK LTD
            Head Office, Thrissur

            Date: 05-Apr-2024

            TO WHOM IT MAY CONCERN

            We hereby certify that an amount of Rs.18,450/- has been credited as interest to the
            savings bank account no. 0045 0012 3456 of Mrs. Anitha Menon during the financial
            year 2023-2024. No tax was deducted at source as the customer has submitted Form 15H.

            Branch Manager
            """;

    @Test
    void shouldReadDepositsWithAlphanumericNumbersAndTotalsStatedOnLines() {
        ExtractionResult r = extract(DocType.INTEREST_CERTIFICATE, DEPOSIT_TABLE_WITH_TOTAL_LINES);

        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(fields(r)).containsEntry("bank_name", "PUNJAB EXAMPLE BANK")
                .containsEntry("depositor_name", "HARPREET SINGH GILL").containsEntry("depositor_pan", "ABCPG1234K")
                .containsEntry("financial_year", "2023-24").containsEntry("total_interest", "20830.50")
                .containsEntry("total_tds", "1985.00");
        assertThat(items(r)).extracting(i -> i.get("account_number") + " " + i.get("deposit_type") + " " + i.get("interest"))
                .containsExactly("FD/1001/2345 Fixed Deposit 15600.00", "RD/2002/7788 Recurring Deposit 4250.50",
                        "1234567890 Savings Bank 980.00");
    }

    @Test
    void shouldGiveNoTaxForALetterSayingForm15HWasSubmitted() {
        ExtractionResult r = extract(DocType.INTEREST_CERTIFICATE, FORM_15H_LETTER);

        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(fields(r)).containsEntry("total_tds", "0.00").containsEntry("total_interest", "18450.00")
                .containsEntry("depositor_name", "Anitha Menon").containsEntry("financial_year", "2023-24");
        assertThat(items(r)).singleElement().satisfies(d -> assertThat(d).containsEntry("deposit_type", "SB")
                .containsEntry("account_number", "004500123456"));
    }

    @Test
    void shouldSendACertificateWhoseDepositsDoNotAddUpToReview() {
        String missing = DEPOSIT_TABLE_WITH_TOTAL_LINES.replace("20,830.50", "21,830.50");

        ExtractionResult r = extract(DocType.INTEREST_CERTIFICATE, missing);

        assertThat(r.getStatus()).isEqualTo(ExtractionStatus.NEEDS_REVIEW);
    }

    static final String DOTTED_TDS_COLUMN_NO_TAX = """
            EXAMPLE URBAN CO-OPERATIVE BANK LTD.
            Station Road Branch, Nashik

            TO WHOMSOEVER IT MAY CONCERN

            This is to certify that Shri RAMESH PAWAR (PAN: ABCPP1234K) holds the following deposits with our
            branch, and that interest paid / credited during the period 01.04.2023 to 31.03.2024 (F.Y. 2023-24) are as under:

            Receipt /         Type        Amount        ROI      Interest       T.D.S.
            A/c No.           Deposit     (Rs.)         (%)      (Rs.)          (Rs.)
            111122223333      FDR         2,00,000.00   7.10     14,200.00      Nil
            444455556666      RD             60,000.00  6.50      3,010.50      Nil
            777788889999      CASH CERT.     50,000.00  8.00      4,000.00      -
            TOTAL                                                21,210.50      Nil

            The depositor has submitted Form No. 15G for the year; hence no tax has been deducted at source.
            """;

    static final String DOTTED_TDS_COLUMN_TAXED = DOTTED_TDS_COLUMN_NO_TAX
            .replace("14,200.00      Nil", "14,200.00      1,420.00").replace("3,010.50      Nil", "3,010.50        301.00")
            .replace("21,210.50      Nil", "21,210.50      1,721.00")
            .replace("The depositor has submitted Form No. 15G for the year; hence no tax has been deducted at source.",
                    "Tax deducted has been remitted to the Government.");

    @Test
    void shouldReadATdsColumnHeadedWithDotsAndNilAsNoTax() {
        ExtractionResult r = extract(DocType.INTEREST_CERTIFICATE, DOTTED_TDS_COLUMN_NO_TAX);

        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(fields(r)).containsEntry("total_interest", "21210.50").containsEntry("total_tds", "0.00");
        assertThat(items(r)).extracting(i -> i.get("account_number") + " " + i.get("deposit_type") + " " + i.get("interest") + " " + i.get("tds"))
                .containsExactly("111122223333 FDR 14200.00 0.00", "444455556666 RD 3010.50 0.00", "777788889999 CASH CERT. 4000.00 0.00");
    }

    @Test
    void shouldTakeTotalTdsFromTheTotalRowOfADottedTdsColumn() {
        ExtractionResult r = extract(DocType.INTEREST_CERTIFICATE, DOTTED_TDS_COLUMN_TAXED);

        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(fields(r)).containsEntry("total_tds", "1721.00");
        assertThat(items(r)).extracting(i -> i.get("tds")).containsExactly("1420.00", "301.00", "0.00");
    }

    @Test
    void shouldKeepASpelledOutDepositTypeAsPrintedAndACodeWherePrinted() {
        assertThat(InterestTable.type("Term Deposit")).contains("Term Deposit");
        assertThat(InterestTable.type("Senior  Citizen Term Deposit")).contains("Senior Citizen Term Deposit");
        assertThat(InterestTable.type("CASH CERT.")).contains("CASH CERT.");
        assertThat(InterestTable.type("TD - Time Deposit")).contains("TD");
        assertThat(InterestTable.type("SB (Savings, rate 3.00% p.a.)")).contains("SB");
        assertThat(InterestTable.type("FD Cumulative")).contains("FD");
        assertThat(InterestTable.type("FDR")).contains("FDR");
        assertThat(InterestTable.type("SB A/c")).contains("SB");
        assertThat(InterestTable.type("FD/RD")).contains("FD/RD");
        assertThat(InterestTable.type("  ")).isEmpty();
        assertThat(InterestTable.type("Non-Cum. Mthly 2021-04-24")).isEmpty();
        assertThat(InterestTable.type("Fixed Deposit 1,50,000.00")).isEmpty();
        assertThat(InterestTable.type("Tax Saver FD (5 years)")).contains("Tax Saver FD (5 years)");
    }

    static final String TERM_DEPOSIT_LETTER = """
            EXAMPLE BANK LTD
            Civil Lines Branch, Nagpur

            TO WHOMSOEVER IT MAY CONCERN

            This is to certify that Mr. Vivek Joshi (PAN ABCPJ1234K) has been paid/credited interest of Rs. 12,400.00
            on Term Deposit Account No. 556677889900 during the financial year 2023-24, and tax of Rs. 1,240.00
            has been deducted at source on the said interest.

            Branch Manager
            """;

    @Test
    void shouldNotGuessACodeForTheTermDepositALetterNames() {
        ExtractionResult r = extract(DocType.INTEREST_CERTIFICATE, TERM_DEPOSIT_LETTER);

        assertThat(fields(r)).containsEntry("total_interest", "12400.00").containsEntry("total_tds", "1240.00");
        assertThat(items(r)).isEmpty();
    }

    @Test
    void shouldGiveTheFixedDepositALetterNamesItsCode() {
        ExtractionResult r = extract(DocType.INTEREST_CERTIFICATE, TERM_DEPOSIT_LETTER.replace("Term Deposit", "Fixed Deposit"));

        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(items(r)).singleElement().satisfies(d -> assertThat(d).containsEntry("deposit_type", "FD")
                .containsEntry("account_number", "556677889900").containsEntry("interest", "12400.00").containsEntry("tds", "1240.00"));
    }

    static final String DEPOSIT_BLOCKS = """
            Example Small Finance Bank Ltd.                                   Date: 12-Jun-2024
            Mall Road Branch, Shimla

                                   INTEREST CERTIFICATE
                             (For the Financial Year 2023-24)

            Customer Name  : Ms. Kavita Thakur
            Customer ID    : 556677
            PAN            : ABCPT1234K

            Deposit 1 of 3
            Account Number        : 112233445566        Type of Deposit     : Special Term Deposit (Cumulative)
            Date of Opening       : 01-Jul-2022         Maturity Date       : 01-Jul-2025
            Principal Amount      : INR 2,00,000.00     Rate of Interest    : 7.25% p.a.
            Interest Paid / Credited : INR 14,500.00    TDS Deducted u/s 194A : INR 1,450.00

            Deposit 2 of 3
            Account Number        : 223344556677        Type of Deposit     : Recurring Deposit
            Monthly Instalment    : INR 5,000.00        Rate of Interest    : 6.80% p.a.
            Interest Paid / Credited : INR 2,210.40     TDS Deducted u/s 194A : INR 0.00

            Deposit 3 of 3
            Account Number        : 334455667788        Type of Deposit     : SB - Savings
            Average Balance       : INR 80,000.00       Rate of Interest    : 3.00% p.a.
            Interest Paid / Credited : INR 2,400.00     TDS Deducted u/s 194A : INR 0.00

            Total Interest Paid / Credited        INR 19,110.40
            Total Tax Deducted at Source          INR 1,450.00
            """;

    @Test
    void shouldReadDepositsPrintedAsLabelledBlocks() {
        ExtractionResult r = extract(DocType.INTEREST_CERTIFICATE, DEPOSIT_BLOCKS);

        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(fields(r)).containsEntry("total_interest", "19110.40").containsEntry("total_tds", "1450.00");
        assertThat(items(r)).extracting(i -> i.get("account_number") + " | " + i.get("deposit_type") + " | " + i.get("interest") + " | " + i.get("tds"))
                .containsExactly("112233445566 | Special Term Deposit (Cumulative) | 14500.00 | 1450.00",
                        "223344556677 | Recurring Deposit | 2210.40 | 0.00", "334455667788 | SB | 2400.00 | 0.00");
    }

    @Test
    void shouldReportNoBlockDepositsWhenOneBlockCannotBeRead() {
        String noTax = DEPOSIT_BLOCKS.replace("Interest Paid / Credited : INR 2,210.40     TDS Deducted u/s 194A : INR 0.00",
                "Interest Paid / Credited : INR 2,210.40");

        ExtractionResult r = extract(DocType.INTEREST_CERTIFICATE, noTax);

        assertThat(items(r)).isEmpty();
        assertThat(fields(r)).containsEntry("total_interest", "19110.40");
    }

    @Test
    void shouldSendBlocksThatDoNotAddUpToTheTotalToReview() {
        ExtractionResult r = extract(DocType.INTEREST_CERTIFICATE, DEPOSIT_BLOCKS.replace("INR 19,110.40", "INR 21,110.40"));

        assertThat(items(r)).hasSize(3);
        assertThat(r.getStatus()).isEqualTo(ExtractionStatus.NEEDS_REVIEW);
    }

    @Test
    void shouldTakeNoBlockFromAnAccountNumberInTheHeader() {
        String header = """
                EXAMPLE BANK LTD
                Lake Road Branch, Kolkata

                INTEREST CERTIFICATE FOR THE FINANCIAL YEAR 2023-24

                Customer Name   : Mr. Arup Sen
                Account No.     : 998877665544
                Account Type    : Savings
                Total Interest Paid : 3,120.00
                Total TDS Deducted  : 0.00
                """;

        ExtractionResult r = extract(DocType.INTEREST_CERTIFICATE, header);

        assertThat(fields(r)).containsEntry("total_interest", "3120.00");
        assertThat(items(r)).isEmpty();
    }

    static final String ACCOUNT_SECTIONS = """
                                   EXAMPLE CO-OPERATIVE BANK LTD.
                                  (Scheduled Bank) Camp Branch, Pune
                      CERTIFICATE OF INTEREST PAID AND TAX DEDUCTED AT SOURCE
                              F.Y. 2022-23 (April 2022 to March 2023)

            Name of the Depositor     : SUNIL KADAM
            PAN                       : ABCPK1234L

            A/c No. 123456789012 - FD (opened 01.05.2021, matures 01.05.2024, 7.10% p.a.)
            Quarter      Period              Interest (Rs.)      TDS (Rs.)
            Q1           Apr - Jun 2022          1,000.00          100.00
            Q2           Jul - Sep 2022          1,000.00          100.00
            Q3           Oct - Dec 2022          1,000.00          100.00
            Q4           Jan - Mar 2023          1,000.00          100.00
            Total for the account                4,000.00          400.00

            A/c No. 998877665544 - SB (Savings, rate 3.00% p.a.)
            Quarter      Period              Interest (Rs.)      TDS (Rs.)
            Q1           Apr - Jun 2022            250.50            0
            Q2           Jul - Sep 2022            249.50            0
            Total for the account                  500.00            0

            GRAND TOTAL (all accounts)           4,500.00          400.00

            Savings bank interest is shown for information; it is not subject to TDS.
            """;

    @Test
    void shouldReadDepositsPrintedInSectionsFromEachAccountsTotalRow() {
        ExtractionResult r = extract(DocType.INTEREST_CERTIFICATE, ACCOUNT_SECTIONS);

        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(fields(r)).containsEntry("total_interest", "4500.00").containsEntry("total_tds", "400.00")
                .containsEntry("financial_year", "2022-23");
        assertThat(items(r)).extracting(i -> i.get("account_number") + " | " + i.get("deposit_type") + " | " + i.get("interest") + " | " + i.get("tds"))
                .containsExactly("123456789012 | FD | 4000.00 | 400.00", "998877665544 | SB | 500.00 | 0.00");
    }

    @Test
    void shouldTakeNoSectionsWhenAnAccountsPeriodsDoNotAddUpToItsTotal() {
        ExtractionResult r = extract(DocType.INTEREST_CERTIFICATE, ACCOUNT_SECTIONS.replace("249.50", "349.50"));

        assertThat(items(r)).isEmpty();
        assertThat(r.getStatus()).isEqualTo(ExtractionStatus.NEEDS_REVIEW);
    }

    @Test
    void shouldSendSectionsThatDoNotAddUpToTheGrandTotalToReview() {
        ExtractionResult r = extract(DocType.INTEREST_CERTIFICATE, ACCOUNT_SECTIONS.replace("4,500.00", "4,800.00"));

        assertThat(fields(r)).containsEntry("total_interest", "4800.00");
        assertThat(r.getStatus()).isEqualTo(ExtractionStatus.NEEDS_REVIEW);
    }

    @Test
    void shouldKeepASectionsSpelledOutTypeAsPrintedWithoutItsDetails() {
        ExtractionResult r = extract(DocType.INTEREST_CERTIFICATE,
                ACCOUNT_SECTIONS.replace("- FD (opened", "- Term Deposit (opened"));

        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(items(r)).extracting(i -> i.get("deposit_type")).containsExactly("Term Deposit", "SB");
    }

    @Test
    void shouldSendDepositsReadWithoutATypeToReview() {
        String untyped = """
                                    PUNJAB EXAMPLE BANK
                               Model Town Branch, Ludhiana

                                 TDS CERTIFICATE ON INTEREST

                Name of the Depositor : Shri HARPREET SINGH GILL
                PAN of the Depositor  : ABCPG1234K
                Period                : 01/04/2023 to 31/03/2024

                Deposit No.          Interest Amount      TDS Amount
                1001234500               15,600.00          1,560.00
                2002778800                4,250.50            425.00

                Total Interest Paid : 19,850.50
                Total TDS Deducted  : 1,985.00
                """;

        ExtractionResult r = extract(DocType.INTEREST_CERTIFICATE, untyped);

        assertThat(items(r)).hasSize(2).allSatisfy(d -> assertThat(d).doesNotContainKey("deposit_type"));
        assertThat(r.getStatus()).isEqualTo(ExtractionStatus.NEEDS_REVIEW);
    }

    @Test
    void shouldGiveTheCodedAccountALetterNamesItsCode() {
        ExtractionResult r = extract(DocType.INTEREST_CERTIFICATE, TERM_DEPOSIT_LETTER.replace("Term Deposit Account No.", "RD A/c No."));

        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(items(r)).singleElement().satisfies(d -> assertThat(d).containsEntry("deposit_type", "RD")
                .containsEntry("account_number", "556677889900"));
    }

    @Test
    void shouldReadABlocksTaxLabelledAsTaxDeductedTds() {
        ExtractionResult r = extract(DocType.INTEREST_CERTIFICATE, DEPOSIT_BLOCKS.replace("TDS Deducted u/s 194A :", "Tax Deducted (TDS) :"));

        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(items(r)).extracting(i -> i.get("tds")).containsExactly("1450.00", "0.00", "0.00");
    }

    @Test
    void shouldReadAnAmountSetUnderTheEndOfAHeadingThatRunsIntoItsNeighbour() {
        // "TDS" opens a heading cell that runs on from "Interest (Rs.)"; its amounts stand under "194A"
        ExtractionResult r = extract(DocType.INTEREST_CERTIFICATE, """
                INTEREST CERTIFICATE - FIXED DEPOSITS          Financial Year 2020-21
                Account No.     Type    Interest (Rs.) TDS under section 194A  Net Interest
                226536469626    FD         1,02,915.80               10,291.00     92,624.80
                923041980868    FD           71,617.54                7,161.00     64,456.54
                Total                      1,74,533.34               17,452.00   1,57,081.34
                """);

        assertThat(items(r)).containsExactly(
                Map.of("account_number", "226536469626", "deposit_type", "FD", "interest", "102915.80", "tds", "10291.00"),
                Map.of("account_number", "923041980868", "deposit_type", "FD", "interest", "71617.54", "tds", "7161.00"));
    }
}
