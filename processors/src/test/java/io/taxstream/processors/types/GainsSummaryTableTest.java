package io.taxstream.processors.types;

import static io.taxstream.processors.types.TextExtraction.extract;
import static io.taxstream.processors.types.TextExtraction.fields;
import static io.taxstream.processors.types.TextExtraction.items;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.DocType;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.ExtractionStatus;
import org.junit.jupiter.api.Test;

/** Totals printed as the Total row of a summary table by category. */
class GainsSummaryTableTest {

    static final String CATEGORY_SUMMARY = """
            EPSILON FUND SERVICES LTD
            Capital Gains Statement - Financial Year 2022-23
            Investor: Kavita Rao
            PAN: ABCPR1234K

            Scheme: Epsilon Equity Fund - Growth | ISIN: INF111E01AA1
            Redemption Date   Units     Redemption Amount   Purchase Date   Purchase Cost   Short Term   Long Term
            10-06-2022        100.000         12,000.00      10-01-2022        11,000.00      1,000.00
            15-07-2022         50.000          6,000.00      05-03-2020         4,000.00                   2,000.00

            SUMMARY OF CAPITAL GAINS
            Category              Redemption Value    Short Term Gain / Loss    Long Term Gain / Loss
            Equity oriented              18,000.00                  1,000.00                 2,000.00
            Total                        18,000.00                  1,000.00                 2,000.00
            """;

    @Test
    void shouldTakeTheTotalSaleValueFromTheSummaryTotalRow() {
        ExtractionResult r = extract(DocType.CAPITAL_GAINS, CATEGORY_SUMMARY);

        assertThat(items(r)).hasSize(2);
        assertThat(fields(r)).containsEntry("total_sale_value", "18000.00").containsEntry("stcg_total", "1000.00")
                .containsEntry("ltcg_total", "2000.00");
        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
    }

    @Test
    void shouldSendATotalRowThatTheTradesDoNotAddUpToToReview() {
        String wrong = CATEGORY_SUMMARY.replace("""
                Total                        18,000.00""", """
                Total                        19,000.00""");

        ExtractionResult r = extract(DocType.CAPITAL_GAINS, wrong);

        assertThat(fields(r)).containsEntry("total_sale_value", "19000.00");
        assertThat(r.getStatus()).isEqualTo(ExtractionStatus.NEEDS_REVIEW);
    }

    @Test
    void shouldNotTakeATotalRowBelowTradesForTheSummary() {
        String totalUnderTrades = """
                EPSILON FUND SERVICES LTD
                Capital Gains Statement - Financial Year 2022-23
                Investor: Kavita Rao
                PAN: ABCPR1234K

                Fund                    Redemption Value    Short Term Gain    Long Term Gain    Sale Date
                Epsilon Equity Fund            12,000.00           1,000.00                      10-06-2022
                Epsilon Value Fund              6,000.00                             2,000.00    15-07-2022
                Total                          18,000.00           1,000.00          2,000.00
                """;

        ExtractionResult r = extract(DocType.CAPITAL_GAINS, totalUnderTrades.replace("Total                          18,000.00",
                "Total                          17,000.00"));

        assertThat(fields(r)).doesNotContainEntry("total_sale_value", "17000.00");
    }
}
