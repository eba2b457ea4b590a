package io.taxstream.processors.types;

import static io.taxstream.processors.types.TextExtraction.extract;
import static io.taxstream.processors.types.TextExtraction.fields;
import static io.taxstream.processors.types.TextExtraction.items;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.DocType;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.ExtractionStatus;
import io.taxstream.avro.ValidationIssue;
import org.junit.jupiter.api.Test;

/** Bank statements in column styles the development corpus does not print, as column-aligned text. */
class BankStatementExtractionTest {

    static final String SPLIT_COLUMNS_CR_DR_BALANCES = """
                                     UNION CO-OPERATIVE BANK LIMITED
                                  Karol Bagh Branch, New Delhi - 110005

            Customer Name  : Smt. LATA MANGESHKAR RAO            Customer ID : 88812345
            Account No.    : 0011 2233 4455 66                   IFSC        : UCBL0000123
            Statement Period : 01-Apr-23 to 30-Apr-23

            Opening Balance : 12,500.00 Cr

            Tran Date   Value Date  Particulars                      Chq/Ref No        Debit       Credit         Balance
            01-Apr-23   01-Apr-23   NEFT-SALARY APRIL ACME LTD       N123456789                  50,000.00     62,500.00 Cr
            03-Apr-23   03-Apr-23   ATM CASH WITHDRAWAL                              2,000.00                  60,500.00 Cr
            05-Apr-23   05-Apr-23   UPI/ZOMATO/FOOD ORDER NO 1234    309876543210       450.50                 60,049.50 Cr
                                    BANGALORE
            10-Apr-23   10-Apr-23   CHEQUE CLEARING 004512           004512          75,000.00                 14,950.50 Dr
            15-Apr-23   15-Apr-23   INTEREST CREDIT                                                  49.50     14,901.00 Dr
            20-Apr-23   20-Apr-23   TRANSFER FROM SAVINGS                                        20,000.00      5,099.00 Cr

            Total                                                                    77,450.50    70,049.50
            Closing Balance : 5,099.00 Cr
            """;

    static final String SIGNED_AMOUNT_COLUMN = """
            KOTAK EXAMPLE BANK
            Account Statement
            Name: ARJUN MEHTA
            A/c Number: 9876543210123
            Statement from 01/01/2024 to 31/01/2024

            Sl  Date        Description                              Amount (INR)        Balance (INR)
            1   02/01/2024  UPI-SWIGGY-ORDER                              -350.00            9,650.00
            2   05/01/2024  IMPS-RECEIVED-FRIEND                         2,000.00           11,650.00
            3   09/01/2024  POS PURCHASE BIGBAZAAR                       1,200.00           10,450.00
            4   15/01/2024  SALARY JANUARY                              45,000.00           55,450.00
            5   20/01/2024  RENT PAID TO LANDLORD                       15,000.00           40,450.00
            """;

    static final String AMOUNT_AND_TYPE_COLUMNS_OVER_TWO_PAGES = """
            THE VILLAGE SAHAKARI BANK LTD.                                      Page 1 of 2
            Account Holder : MR. SURESH PATIL
            Account No : 120045678901      Branch : Kothrud
            Period : 01.07.2023 - 31.08.2023

            Date       Narration                                Cheque No      Amount   Type        Balance
            01.07.2023 BALANCE B/F                                                                 1,000.00
            03.07.2023 CASH DEPOSIT                                         5,000.00   C         6,000.00
            07.07.2023 CHQ PAID TO RAMESH                       100234      2,500.00   D         3,500.00
            12.07.2023 ELECTRICITY BILL MSEB                                  900.00   D         2,600.00
                       Page Total                                           8,400.00
            This is a computer generated statement.\f
            THE VILLAGE SAHAKARI BANK LTD.                                      Page 2 of 2
            Date       Narration                                Cheque No      Amount   Type        Balance
            02.08.2023 INTEREST                                                 35.00   C         2,635.00
            15.08.2023 TRANSFER TO FD                                       2,000.00   D           635.00
            31.08.2023 BALANCE C/F                                                                   635.00
            This is a computer generated statement.\f
            """;

    static final String BILINGUAL_WITH_MARKER_AFTER_BALANCE = """
                               भारतीय उदाहरण बैंक / INDIAN EXAMPLE BANK
            खाताधारक का नाम / Account Holder Name : PRIYA NAIR
            खाता संख्या / Account Number : XXXXXXXX4321
            IFSC Code : IEBK0004567
            Statement for the period 01/10/22 to 31/12/22

            तारीख / Date   विवरण / Description              Withdrawals (Dr)   Deposits (Cr)     Balance   Dr/Cr
            01/10/22       OPENING BALANCE                                                     5,000.00   Dr
            04/10/22       NEFT CR ABC CORP                                        20,000.00   15,000.00   Cr
            11/10/22       CARD PAYMENT                           3,000.00                     12,000.00   Cr
            25/11/22       LOAN EMI                              18,500.00                      6,500.00   Dr
            02/12/22       CASH DEPOSIT                                             1,500.00    5,000.00   Dr

            Summary:  Opening Balance 5,000.00 Dr   Total Withdrawals 21,500.00   Total Deposits 21,500.00   Closing Balance 5,000.00 Dr
            """;

    static final String NEWEST_FIRST = """
            NEO EXAMPLE BANK
            Account Holder: KARAN JOHAR
            Account Number: 55667788990011
            Statement Period: 01/03/2024 - 31/03/2024

            Date         Description                         Amount          Balance
            28/03/2024   ONLINE SHOPPING                     -1,500.00       23,500.00
            15/03/2024   SALARY MARCH                        20,000.00       25,000.00
            05/03/2024   GROCERY STORE                       -5,000.00        5,000.00
            """;

    @Test
    void shouldReadSeparateDebitAndCreditColumnsWithBalancesMarkedCrAndDr() {
        ExtractionResult r = extract(DocType.BANK_STATEMENT, SPLIT_COLUMNS_CR_DR_BALANCES);

        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(fields(r)).containsEntry("account_holder", "LATA MANGESHKAR RAO")
                .containsEntry("account_number", "00112233445566").containsEntry("ifsc", "UCBL0000123")
                .containsEntry("period_from", "2023-04-01").containsEntry("period_to", "2023-04-30")
                .containsEntry("opening_balance", "12500.00").containsEntry("closing_balance", "5099.00")
                .containsEntry("total_debits", "77450.50").containsEntry("total_credits", "70049.50")
                .containsEntry("transaction_count", "6");
        assertThat(items(r)).hasSize(6);
        assertThat(items(r).get(2)).containsEntry("description", "UPI/ZOMATO/FOOD ORDER NO 1234 BANGALORE")
                .containsEntry("reference", "309876543210").containsEntry("debit", "450.50");
        assertThat(items(r).get(3)).containsEntry("balance", "-14950.50").containsEntry("debit", "75000.00");
    }

    @Test
    void shouldTakeTheDirectionOfUnmarkedAmountsFromTheRunningBalance() {
        ExtractionResult r = extract(DocType.BANK_STATEMENT, SIGNED_AMOUNT_COLUMN);

        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(items(r)).extracting(i -> i.containsKey("credit") ? "C" + i.get("credit") : "D" + i.get("debit"))
                .containsExactly("D350.00", "C2000.00", "D1200.00", "C45000.00", "D15000.00");
        assertThat(fields(r)).containsEntry("opening_balance", "10000.00").containsEntry("closing_balance", "40450.00")
                .containsEntry("total_credits", "47000.00").containsEntry("total_debits", "16550.00");
    }

    @Test
    void shouldFollowTheTableAcrossPagesWithoutTakingBroughtForwardRowsOrPageTotals() {
        ExtractionResult r = extract(DocType.BANK_STATEMENT, AMOUNT_AND_TYPE_COLUMNS_OVER_TWO_PAGES);

        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(r.getPageCount()).isEqualTo(2);
        assertThat(items(r)).extracting(i -> i.get("description"))
                .containsExactly("CASH DEPOSIT", "CHQ PAID TO RAMESH", "ELECTRICITY BILL MSEB", "INTEREST", "TRANSFER TO FD");
        assertThat(items(r).get(1)).containsEntry("reference", "100234").containsEntry("debit", "2500.00");
        assertThat(fields(r)).containsEntry("opening_balance", "1000.00").containsEntry("closing_balance", "635.00")
                .containsEntry("account_holder", "SURESH PATIL").containsEntry("period_to", "2023-08-31");
    }

    @Test
    void shouldReadBilingualHeadingsAndADrCrColumnThatMarksTheBalance() {
        ExtractionResult r = extract(DocType.BANK_STATEMENT, BILINGUAL_WITH_MARKER_AFTER_BALANCE);

        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(fields(r)).containsEntry("bank_name", "INDIAN EXAMPLE BANK").containsEntry("account_holder", "PRIYA NAIR")
                .containsEntry("account_number", "XXXXXXXX4321").containsEntry("opening_balance", "-5000.00")
                .containsEntry("closing_balance", "-5000.00").containsEntry("total_debits", "21500.00");
        assertThat(items(r)).extracting(i -> i.get("description") + " " + i.get("balance"))
                .containsExactly("NEFT CR ABC CORP 15000.00", "CARD PAYMENT 12000.00", "LOAN EMI -6500.00", "CASH DEPOSIT -5000.00");
    }

    @Test
    void shouldReadAStatementThatListsTheNewestTransactionFirst() {
        ExtractionResult r = extract(DocType.BANK_STATEMENT, NEWEST_FIRST);

        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(fields(r)).containsEntry("opening_balance", "10000.00").containsEntry("closing_balance", "23500.00");
        assertThat(items(r)).extracting(i -> i.get("date")).containsExactly("2024-03-28", "2024-03-15", "2024-03-05");
    }

    @Test
    void shouldSendAStatementWhoseBalancesDoNotFollowToReview() {
        String misread = SIGNED_AMOUNT_COLUMN.replace("11,650.00", "11,950.00");

        ExtractionResult r = extract(DocType.BANK_STATEMENT, misread);

        assertThat(r.getStatus()).isEqualTo(ExtractionStatus.NEEDS_REVIEW);
        assertThat(r.getValidation()).extracting(ValidationIssue::getRule).contains("bank.running_balance");
    }

    @Test
    void shouldSendAStatementWhosePrintedTotalsDisagreeWithItsRowsToReview() {
        String dropped = SPLIT_COLUMNS_CR_DR_BALANCES.replace("77,450.50", "77,451.50");

        ExtractionResult r = extract(DocType.BANK_STATEMENT, dropped);

        assertThat(r.getStatus()).isEqualTo(ExtractionStatus.NEEDS_REVIEW);
        assertThat(r.getValidation()).extracting(ValidationIssue::getRule).contains("bank.totals");
    }

    @Test
    void shouldGiveNoItemForATableWithoutBalances() {
        ExtractionResult r = extract(DocType.BANK_STATEMENT, """
                Date        Particulars          Amount
                01/01/2024  Something            100.00
                """);

        assertThat(items(r)).isEmpty();
        assertThat(r.getStatus()).isEqualTo(ExtractionStatus.NEEDS_REVIEW);
    }

    static final String REFERENCE_LABELLED_UNDER_THE_NARRATION = """
            EXAMPLE PAYMENTS BANK
            Customer Name : NEHA KULKARNI           Account Number : 556677889900
            Statement Period : 01/05/2024 to 31/05/2024
            Opening Balance : 1,000.00

            Date          Transaction Details                    Type       Amount       Balance
            03/05/2024    UPI/P2M/771234567890/GROCER             Debit      200.00        800.00
                          Ref No. 771234567890
            09/05/2024    NEFT-ACME LTD SALARY                    Credit   5,000.00      5,800.00
                          May 2024
                          Ref No. AXIS12345678
            12/05/2024    TO SELF CHQ 000123                      Debit      300.00      5,500.00
            """;

    @Test
    void shouldTakeAReferenceLabelledAtTheEndOfTheNarrationOutOfTheNarration() {
        ExtractionResult r = extract(DocType.BANK_STATEMENT, REFERENCE_LABELLED_UNDER_THE_NARRATION);

        assertThat(items(r)).extracting(i -> i.get("description") + " | " + i.get("reference")).containsExactly(
                "UPI/P2M/771234567890/GROCER | 771234567890", "NEFT-ACME LTD SALARY May 2024 | AXIS12345678",
                "TO SELF CHQ 000123 | null");
    }

    static final String DATE_PRINTED_ONCE_PER_DAY = """
            THE EXAMPLE URBAN CO-OPERATIVE BANK LTD.
            Account Holder : RAVI SHANKAR
            A/c No. : 4455667788
            Statement for the period 01.09.2025 to 30.09.2025
            Opening Balance : 10,000.00 Cr

            Date          Particulars                    Withdrawals      Deposits         Balance
            05.09.2025    BY CASH                                         2,000.00     12,000.00 Cr
                          UPI/123456789012/CAFE              500.00                    11,500.00 Cr
                          RTGS/ABCD1234/EXAMPLE TRADERS    1,500.00                    10,000.00 Cr
                          PRIVATE LIMITED
            09.09.2025    SMS CHGS                            20.00                     9,980.00 Cr
            Grand Total                                    2,020.00        2,000.00
            """;

    @Test
    void shouldGiveARowWithoutADateTheDateOfTheRowAbove() {
        ExtractionResult r = extract(DocType.BANK_STATEMENT, DATE_PRINTED_ONCE_PER_DAY);

        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(items(r)).extracting(i -> i.get("date") + " " + i.get("description") + " " + i.get("balance")).containsExactly(
                "2025-09-05 BY CASH 12000.00", "2025-09-05 UPI/123456789012/CAFE 11500.00",
                "2025-09-05 RTGS/ABCD1234/EXAMPLE TRADERS PRIVATE LIMITED 10000.00", "2025-09-09 SMS CHGS 9980.00");
        assertThat(fields(r)).containsEntry("closing_balance", "9980.00").containsEntry("transaction_count", "4");
    }
}
