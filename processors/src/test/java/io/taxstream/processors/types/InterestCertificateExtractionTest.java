package io.taxstream.processors.types;

import static io.taxstream.processors.types.TextExtraction.extract;
import static io.taxstream.processors.types.TextExtraction.fields;
import static io.taxstream.processors.types.TextExtraction.items;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.DocType;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.ExtractionStatus;
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
                .containsExactly("FD/1001/2345 FD 15600.00", "RD/2002/7788 RD 4250.50", "1234567890 SB 980.00");
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
}
