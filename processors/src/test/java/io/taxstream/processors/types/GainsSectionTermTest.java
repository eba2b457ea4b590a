package io.taxstream.processors.types;

import static io.taxstream.processors.types.TextExtraction.extract;
import static io.taxstream.processors.types.TextExtraction.items;
import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.DocType;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.ExtractionStatus;
import org.junit.jupiter.api.Test;

/** Trades whose term only a section title far above them states. */
class GainsSectionTermTest {

    static final String LONG_SECTIONS = """
            DELTA SHARE BROKERS LTD
            Realised Gains for F.Y. 2023-24
            Client Name: ARJUN MEHTA      PAN: AAAPM4321Q

            SHORT TERM CAPITAL GAIN / LOSS
            Scrip / ISIN                    Qty   Buy Date      Buy Value     Sell Date     Sell Value     Gain / Loss
            ALPHA LTD (ISIN: INE111A01011)
                                             10   2023-05-01     1,000.00     2023-08-01      1,100.00        100.00
            Scrip Total                                                                       1,100.00        100.00
            BETA LTD (ISIN: INE222B01012)
                                             20   2023-05-02     2,000.00     2023-08-02      2,200.00        200.00
            Scrip Total                                                                       2,200.00        200.00
            GAMMA LTD (ISIN: INE333C01013)
                                             30   2023-05-03     3,000.00     2023-08-03      3,300.00        300.00
            Scrip Total                                                                       3,300.00        300.00
            DELTA LTD (ISIN: INE444D01014)
                                             40   2023-05-04     4,000.00     2023-08-04      4,400.00        400.00
            Scrip Total                                                                       4,400.00        400.00
            EPSILON LTD (ISIN: INE555E01015)
                                             50   2023-05-05     5,000.00     2023-08-05      5,500.00        500.00
            Scrip Total                                                                       5,500.00        500.00
            LONG TERM CAPITAL GAIN / LOSS
            Scrip / ISIN                    Qty   Buy Date      Buy Value     Sell Date     Sell Value     Gain / Loss
            ZETA LTD (ISIN: INE666F01016)
                                             60   2020-05-06     6,000.00     2023-08-06      6,600.00        600.00
            Scrip Total                                                                       6,600.00        600.00
            ETA LTD (ISIN: INE777G01017)
                                             70   2020-05-07     7,000.00     2023-08-07      7,700.00        700.00
            Scrip Total                                                                       7,700.00        700.00
            THETA LTD (ISIN: INE888H01018)
                                             80   2020-05-08     8,000.00     2023-08-08      8,800.00        800.00
            Scrip Total                                                                       8,800.00        800.00
            IOTA LTD (ISIN: INE999I01019)
                                             90   2020-05-09     9,000.00     2023-08-09      9,900.00        900.00
            Scrip Total                                                                       9,900.00        900.00

            SUMMARY
            Short Term Capital Gain / (Loss)          1,500.00
            Long Term Capital Gain / (Loss)           3,000.00
            """;

    @Test
    void shouldGiveEveryTradeOfASectionTheTermOfItsTitle() {
        ExtractionResult r = extract(DocType.CAPITAL_GAINS, LONG_SECTIONS);

        assertThat(items(r)).extracting(i -> i.get("security") + " " + i.get("term")).containsExactly(
                "ALPHA LTD SHORT", "BETA LTD SHORT", "GAMMA LTD SHORT", "DELTA LTD SHORT", "EPSILON LTD SHORT",
                "ZETA LTD LONG", "ETA LTD LONG", "THETA LTD LONG", "IOTA LTD LONG");
        assertThat(r.getStatus()).as(r.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
    }

    @Test
    void shouldNotCarryATermToATradeHeldTooLongForIt() {
        String heldForYears = LONG_SECTIONS.replace("2023-05-04     4,000.00", "2019-05-04     4,000.00");

        ExtractionResult r = extract(DocType.CAPITAL_GAINS, heldForYears);

        assertThat(items(r).get(3)).containsEntry("security", "DELTA LTD").doesNotContainKey("term");
        assertThat(r.getStatus()).isEqualTo(ExtractionStatus.NEEDS_REVIEW);
    }
}
