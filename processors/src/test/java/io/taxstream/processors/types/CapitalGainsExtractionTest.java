package io.taxstream.processors.types;

import static io.taxstream.processors.types.TextExtraction.extract;
import static io.taxstream.processors.types.TextExtraction.fields;
import static io.taxstream.processors.types.TextExtraction.items;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.DocType;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.ExtractionStatus;
import org.junit.jupiter.api.Test;

/** Capital gains statements in wordings the development corpus does not use. */
class CapitalGainsExtractionTest {

    static final String BROKER_REPORT_IN_RETURN_WORDING = """
            ALPHA SECURITIES PRIVATE LIMITED
            Capital Gains Report for F.Y. 2023-24

            Client Name : NEHA KAPOOR                 PAN : AAKPK1234L

            Scrip Name             ISIN           Qty   Date of       Cost of         Date of      Full Value of    Gain/Loss    Nature
                                                        Acquisition   Acquisition     Transfer     Consideration
            INFOSYS LTD            INE009A01021    50   12-05-2021      68,500.00     10-06-2023      63,250.00    -5,250.00    LTCG
            TATA MOTORS LTD        INE155A01022   200   01-02-2023      84,000.00     15-09-2023    1,24,600.00    40,600.00    STCG
            ITC LTD                INE154A01025   100   05-01-2016      21,500.00     20-12-2023      45,300.00    23,800.00    LTCG

            Short Term Capital Gain : 40,600.00
            Long Term Capital Gain  : 18,550.00
            """;

    static final String FUND_BLOCKS_WITH_TERM_COLUMNS = """
            BETA MUTUAL FUND
            Statement of Realised Capital Gains - Financial Year 2022-23
            Unit Holder: Mr. Rakesh Sharma
            PAN: BBBPS2345M

            Fund: Beta Flexi Cap Fund - Direct Plan - Growth   ISIN: INF999B01AB3
            Redemption Date   Units Redeemed   Sale Amount   Purchase Date   Purchase Cost   STCG        LTCG
            15/06/2022           100.500       12,060.00     10/01/2022      11,000.00      1,060.00
            15/06/2022            50.000        6,000.00     05/03/2020       4,000.00                  2,000.00

            Fund: Beta Tax Saver Fund - Growth   ISIN: INF999B01CD9
            Redemption Date   Units Redeemed   Sale Amount   Purchase Date   Purchase Cost   STCG        LTCG
            20/11/2022           200.000       30,000.00     02/11/2019      20,000.00                 10,000.00

            Total STCG: 1,060.00     Total LTCG: 12,000.00
            """;

    @Test
    void shouldReadAcquisitionTransferAndConsiderationColumnsWithANatureColumn() {
        ExtractionResult r = extract(DocType.CAPITAL_GAINS, BROKER_REPORT_IN_RETURN_WORDING);

        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(fields(r)).containsEntry("issuer_name", "ALPHA SECURITIES PRIVATE LIMITED")
                .containsEntry("investor_name", "NEHA KAPOOR").containsEntry("investor_pan", "AAKPK1234L")
                .containsEntry("financial_year", "2023-24").containsEntry("stcg_total", "40600.00")
                .containsEntry("ltcg_total", "18550.00");
        assertThat(items(r)).hasSize(3);
        assertThat(items(r).get(0)).containsEntry("security", "INFOSYS LTD").containsEntry("isin", "INE009A01021")
                .containsEntry("quantity", "50").containsEntry("purchase_date", "2021-05-12")
                .containsEntry("sale_date", "2023-06-10").containsEntry("purchase_value", "68500.00")
                .containsEntry("sale_value", "63250.00").containsEntry("gain", "-5250.00").containsEntry("term", "LONG");
    }

    @Test
    void shouldTakeTheSecurityAboveEachBlockAndTheTermFromItsGainColumn() {
        ExtractionResult r = extract(DocType.CAPITAL_GAINS, FUND_BLOCKS_WITH_TERM_COLUMNS);

        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(fields(r)).containsEntry("investor_name", "Rakesh Sharma").containsEntry("stcg_total", "1060.00")
                .containsEntry("ltcg_total", "12000.00");
        assertThat(items(r)).extracting(i -> i.get("security") + "|" + i.get("isin") + "|" + i.get("term") + "|" + i.get("gain"))
                .containsExactly("Beta Flexi Cap Fund - Direct Plan - Growth|INF999B01AB3|SHORT|1060.00",
                        "Beta Flexi Cap Fund - Direct Plan - Growth|INF999B01AB3|LONG|2000.00",
                        "Beta Tax Saver Fund - Growth|INF999B01CD9|LONG|10000.00");
    }

    @Test
    void shouldSendAStatementWhoseTradesDoNotAddUpToItsTotalsToReview() {
        String misprinted = FUND_BLOCKS_WITH_TERM_COLUMNS.replace("Total LTCG: 12,000.00", "Total LTCG: 12,500.00");

        ExtractionResult r = extract(DocType.CAPITAL_GAINS, misprinted);

        assertThat(r.getStatus()).isEqualTo(ExtractionStatus.NEEDS_REVIEW);
    }

    static final String SCRIP_OVER_ITS_ROWS_WITH_A_REGISTRATION_CODE = """
            GAMMA SHARE BROKING LTD.                                      CAPITAL GAIN STATEMENT
            Member: NSE | SEBI Regn. No. INZ000111222 | Pune                      F.Y. 2023-24
            Client Name: ASHA VERMA          PAN: ABCPV1234K

            SHORT TERM CAPITAL GAIN / LOSS
            Scrip / ISIN                  Qty   Buy Date       Buy Value    Sell Date      Sell Value    Gain / Loss
            INFOSYS LTD (ISIN: INE009A01021)
                                           10   01-Jun-2023    14,000.00    01-Dec-2023     15,000.00       1,000.00
            Scrip Total                                                                     15,000.00       1,000.00

            LONG TERM CAPITAL GAIN / LOSS
            Scrip / ISIN                  Qty   Buy Date       Buy Value    Sell Date      Sell Value    Gain / Loss
            ITC LTD (ISIN: INE154A01025)
                                           20   01-Jun-2020     4,000.00    01-Jan-2024      9,000.00       5,000.00
            Scrip Total                                                                      9,000.00       5,000.00

            SUMMARY
            Short Term Capital Gain / (Loss)          1,000.00
            Long Term Capital Gain / (Loss)           5,000.00
            """;

    @Test
    void shouldNameEachTradeByTheScripAboveItAndNeverByARegistrationCode() {
        ExtractionResult r = extract(DocType.CAPITAL_GAINS, SCRIP_OVER_ITS_ROWS_WITH_A_REGISTRATION_CODE);

        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(items(r)).extracting(i -> i.get("security") + " " + i.get("isin") + " " + i.get("term"))
                .containsExactly("INFOSYS LTD INE009A01021 SHORT", "ITC LTD INE154A01025 LONG");
    }

    @Test
    void shouldSendAStatementWithATermTotalButNoTradeOfThatTermToReview() {
        String longTermUnread = SCRIP_OVER_ITS_ROWS_WITH_A_REGISTRATION_CODE.replace("01-Jan-2024", "");

        ExtractionResult r = extract(DocType.CAPITAL_GAINS, longTermUnread);

        assertThat(items(r)).hasSize(1);
        assertThat(r.getStatus()).isEqualTo(ExtractionStatus.NEEDS_REVIEW);
        assertThat(r.getValidation()).extracting(io.taxstream.avro.ValidationIssue::getRule).contains("capital_gains.trades_missing");
    }

    @Test
    void shouldReadAPanThatStartsWithTheLettersOfALabel() {
        // "FY" labels the financial year; inside "FYPPT5320H" it labels nothing
        ExtractionResult r = TextExtraction.extract(DocType.CAPITAL_GAINS, """
                REALISED GAIN / LOSS STATEMENT - FY 2023-24
                Name of the Investor : Archana Tiwari
                PAN : FYPPT5320H
                """);

        assertThat(TextExtraction.fields(r)).containsEntry("investor_pan", "FYPPT5320H");
    }

    @Test
    void shouldLearnNoColumnEdgeFromANoteThatRunsAcrossTheRows() {
        // the note's words fill the gap between "57.059" and "22 Jun 2018"; fitted to them, "22" fell to the units
        ExtractionResult r = extract(DocType.CAPITAL_GAINS, """
                Realised Capital Gains Report - Financial Year 2021-22
                Investor: Akhil Bisht
                PAN: PYIPB4799U
                    Units      Purchase    Purchase    Redemption    Redemption       LTCG
                                   Date      Amount          Date        Amount
                HDFC Flexi Cap Fund - Growth | ISIN: INF179K01BB8
                   57.059   22 Jun 2018      469.94   25 Dec 2021        719.41     249.47
                INVESCO CONTRA FUND - GROWTH | ISIN: INF205K01BC9
                  293.509   07 Aug 2015    2,359.84   06 Oct 2021      6,259.96   3,441.31
                  Grandfathered: NAV as on 31-Jan-2018 9.6033, value 2,818.65; cost taken as 2,818.65
                """);

        assertThat(items(r)).extracting(i -> i.get("purchase_date")).containsExactly("2018-06-22", "2015-08-07");
    }

    @Test
    void shouldReadKumariInsideANameAsPartOfIt() {
        ExtractionResult r = extract(DocType.CAPITAL_GAINS, """
                Omega Broking Ltd.                                  Usha Kumari Majumdar
                Realised Gains Report | FY 2022-23                        PAN PVLPM1972B
                """);

        assertThat(fields(r)).containsEntry("investor_name", "Usha Kumari Majumdar");
    }
}
