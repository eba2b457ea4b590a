package io.taxstream.processors.types;

import static io.taxstream.processors.types.TextExtraction.extract;
import static io.taxstream.processors.types.TextExtraction.fields;
import static io.taxstream.processors.types.TextExtraction.items;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.DocType;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.ExtractionStatus;
import org.junit.jupiter.api.Test;

/** Gains reports that print each trade as a card of labels over values, with their totals as a grid. */
class GainsCardsTest {

    static final String CARD_REPORT = """
            Gamma Capital Markets Ltd                                             Priya Menon
            Realised Profit Statement  FY 2023-24                              PAN ABCPM1234K

            Short-term gains     Long-term gains     Total redemption value     Trades
            ₹4,500.00            -₹1,000.00          ₹61,500.00                 2

            HDFC BANK LTD
            ISIN INE040A01034
            Shares sold          Bought on           Sold on                    Holding
            30                   05-Jun-2023         10-Dec-2023                6 mo - Short term
            Invested             Redeemed for        Gain / Loss                Tax category
            ₹45,000.00           ₹49,500.00          ₹4,500.00                  STCG u/s 111A

            Gamma Large Cap Fund - Growth
            ISIN INF000G01AB1
            Units sold           Bought on           Sold on                    Holding
            120.250              12 Jan 21           15 Feb 24                  3 yr 1 mo - Long term
            Invested             Redeemed for        Gain / Loss                Tax category
            ₹13,000.00           ₹12,000.00          -₹1,000.00                 LTCG u/s 112A
            """;

    @Test
    void shouldReadEachCardAsATradeAndTheTotalsFromTheGridAbove() {
        ExtractionResult r = extract(DocType.CAPITAL_GAINS, CARD_REPORT);

        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
        assertThat(fields(r)).containsEntry("investor_name", "Priya Menon").containsEntry("investor_pan", "ABCPM1234K")
                .containsEntry("stcg_total", "4500.00").containsEntry("ltcg_total", "-1000.00")
                .containsEntry("total_sale_value", "61500.00").containsEntry("financial_year", "2023-24");
        assertThat(items(r)).hasSize(2);
        assertThat(items(r).get(0)).containsEntry("security", "HDFC BANK LTD").containsEntry("isin", "INE040A01034")
                .containsEntry("quantity", "30").containsEntry("purchase_date", "2023-06-05").containsEntry("sale_date", "2023-12-10")
                .containsEntry("purchase_value", "45000.00").containsEntry("sale_value", "49500.00").containsEntry("gain", "4500.00")
                .containsEntry("term", "SHORT");
        assertThat(items(r).get(1)).containsEntry("security", "Gamma Large Cap Fund - Growth").containsEntry("quantity", "120.25")
                .containsEntry("purchase_date", "2021-01-12").containsEntry("gain", "-1000.00").containsEntry("term", "LONG");
    }

    @Test
    void shouldLeaveTheTermOutWhenACardContradictsItsOwnDates() {
        String contradicted = CARD_REPORT.replace("6 mo - Short term", "6 mo - Long term    ").replace("STCG u/s 111A", "LTCG u/s 112A");

        ExtractionResult r = extract(DocType.CAPITAL_GAINS, contradicted);

        assertThat(items(r).get(0)).doesNotContainKey("term");
        assertThat(r.getStatus()).isEqualTo(ExtractionStatus.NEEDS_REVIEW);
    }

    @Test
    void shouldTakeTheInvestedAmountAndNotTheGrandfatheredCost() {
        String grandfathered = CARD_REPORT.replace("""
                ₹13,000.00           ₹12,000.00          -₹1,000.00                 LTCG u/s 112A
                """, """
                ₹13,000.00           ₹12,000.00          -₹1,000.00                 LTCG u/s 112A
                Value on 31 Jan 2018 Cost for tax (grandfathered)
                ₹14,000.00           ₹14,000.00
                """);

        ExtractionResult r = extract(DocType.CAPITAL_GAINS, grandfathered);

        assertThat(items(r).get(1)).containsEntry("purchase_value", "13000.00").containsEntry("sale_value", "12000.00");
    }

    @Test
    void shouldNotTakeAHeadingAboveThePanForTheInvestor() {
        String headed = """
                Gamma Capital Markets Ltd
                Realised Profit Statement  FY 2023-24
                Client Details
                PAN ABCPM1234K
                """ + CARD_REPORT.substring(CARD_REPORT.indexOf("Short-term gains"));

        ExtractionResult r = extract(DocType.CAPITAL_GAINS, headed);

        assertThat(items(r)).hasSize(2);
        assertThat(fields(r)).containsEntry("investor_pan", "ABCPM1234K").doesNotContainKey("investor_name");
        assertThat(r.getStatus()).isEqualTo(ExtractionStatus.NEEDS_REVIEW);
    }

    @Test
    void shouldReadGridNamesWithTheirAbbreviationInBrackets() {
        String abbreviated = CARD_REPORT.replace("""
                Short-term gains     Long-term gains     Total redemption value     Trades
                ₹4,500.00            -₹1,000.00          ₹61,500.00                 2
                """, """
                Short-term gains (STCG)  Long-term gains (LTCG)  Total redemption value  Trades
                ₹4,500.00                -₹1,000.00              ₹61,500.00              2
                """);

        ExtractionResult r = extract(DocType.CAPITAL_GAINS, abbreviated);

        assertThat(fields(r)).containsEntry("total_sale_value", "61500.00").containsEntry("ltcg_total", "-1000.00");
    }

    @Test
    void shouldTakeNothingFromAGridThatDisagreesWithATotalAlreadyRead() {
        String disagreeing = CARD_REPORT.replace("\n\nShort-term gains", "\nTotal Short Term Capital Gain : 4,000.00\n\nShort-term gains");

        ExtractionResult r = extract(DocType.CAPITAL_GAINS, disagreeing);

        assertThat(fields(r)).containsEntry("stcg_total", "4000.00").doesNotContainKey("total_sale_value");
        assertThat(r.getStatus()).isEqualTo(ExtractionStatus.NEEDS_REVIEW);
    }

    @Test
    void shouldNotTakeAPricePerUnitForTheSaleValue() {
        String priced = CARD_REPORT.replace("""
                Shares sold          Bought on           Sold on                    Holding
                30                   05-Jun-2023         10-Dec-2023                6 mo - Short term
                """, """
                Shares sold          Bought on           Sold on                    Holding
                30                   05-Jun-2023         10-Dec-2023                6 mo - Short term
                Buy price            Sale price
                ₹1,500.00            ₹1,650.00
                """);

        ExtractionResult r = extract(DocType.CAPITAL_GAINS, priced);

        assertThat(items(r).get(0)).containsEntry("purchase_value", "45000.00").containsEntry("sale_value", "49500.00");
        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
    }
}
