package io.taxstream.processors.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.layout.Layout;
import io.taxstream.processors.layout.Line;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.load.LoadFailure;
import io.taxstream.processors.load.TextDocumentLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableReaderCasesTest {

    private static final ValueParser DATE = ValueParsers.of(FieldKind.DATE);

    /** A small trade table: two-line headings, a key date column, a total row. */
    private static final TableRule TRADES = TableRule.items("trade")
            .column("security", "scheme( name)?", "security")
            .column("sale_date", "(sale|redemption) date")
            .column("purchase_date", "purchase date")
            .column("sale_value", "(sale|redemption) (value|amount)")
            .column("purchase_value", "purchase (value|amount)")
            .column("gain", "gain")
            .headerNeeds("sale_date", "gain")
            .rowStartsWith("sale_date", text -> DATE.first(text).filter(p -> p.start() <= 1))
            .stopAt("^\\s*total\\b")
            .skip("page total")
            .mapper(Optional::of)
            .build();

    static List<Line> lines(String text) {
        try {
            return Layout.of(new TextDocumentLoader().load(DocumentInput.of(text.getBytes(StandardCharsets.UTF_8)))).lines();
        } catch (LoadFailure e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void shouldReadHeadingsPrintedOnTwoLinesColumnByColumn() {
        TableReader.Table t = TableReader.read(TRADES, lines("""
                Redemption   Purchase     Redemption   Purchase
                Date         Date         Amount       Amount       Gain
                15/06/2022   10/01/2022    12,060.00    11,000.00   1,060.00
                """));

        assertThat(t.rows()).singleElement().satisfies(r -> assertThat(r.cells())
                .containsEntry("sale_date", "15/06/2022").containsEntry("purchase_date", "10/01/2022")
                .containsEntry("sale_value", "12,060.00").containsEntry("purchase_value", "11,000.00")
                .containsEntry("gain", "1,060.00"));
    }

    @Test
    void shouldKeepAWideTextColumnTogetherUnderAShortHeading() {
        TableReader.Table t = TableReader.read(TRADES, lines("""
                Scheme                               Sale Date        Gain
                Axis Bluechip Fund Direct Growth     01/02/2023     500.00
                HDFC Mid Cap Opportunities Fund      03/02/2023     700.00
                """));

        assertThat(t.rows()).extracting(r -> r.cells().get("security"))
                .containsExactly("Axis Bluechip Fund Direct Growth", "HDFC Mid Cap Opportunities Fund");
    }

    @Test
    void shouldJoinWrappedLinesButNeverAPageTotalToTheirRow() {
        TableReader.Table t = TableReader.read(TRADES, lines("""
                Scheme                     Sale Date        Gain
                Kotak Emerging Equity      01/02/2023     500.00
                Fund - Direct Growth
                Page Total                                500.00
                """));

        assertThat(t.rows()).singleElement().satisfies(r -> assertThat(r.cells())
                .containsEntry("security", "Kotak Emerging Equity Fund - Direct Growth").containsEntry("gain", "500.00"));
    }

    @Test
    void shouldFollowTheTableOverARepeatedHeaderOnTheNextPageAndEndAtItsTotal() {
        TableReader.Table t = TableReader.read(TRADES, lines("""
                Scheme                     Sale Date        Gain
                Alpha Fund                 01/02/2023     500.00
                Page 1 of 2
                \fScheme                     Sale Date        Gain
                Beta Fund                  03/02/2023     700.00
                Total                                   1,200.00
                Gamma Fund                 05/02/2023     900.00
                """));

        assertThat(t.rows()).extracting(TableReader.Row::page).containsExactly(1, 2);
        assertThat(t.totals()).singleElement().satisfies(r -> assertThat(r.cells()).containsEntry("gain", "1,200.00"));
    }

    @Test
    void shouldGiveEachRowTheTextAboveItsBlockAsContext() {
        TableReader.Table t = TableReader.read(TRADES, lines("""
                Equity - Short Term Capital Gains
                Security                   Sale Date        Gain
                Alpha Ltd                  01/02/2023     500.00

                Equity - Long Term Capital Gains
                Security                   Sale Date        Gain
                Beta Ltd                   03/02/2023     700.00
                """));

        assertThat(t.rows()).extracting(r -> lastLine(r.cells()))
                .containsExactly("Equity - Short Term Capital Gains", "Equity - Long Term Capital Gains");
    }

    @Test
    void shouldTellApartHeadingsPrintedWithoutASpaceBetweenThem() {
        List<Line> header = lines("UnitsPurchase Date   Gain");
        TableRule rule = TableRule.items("x").column("units", "units").column("purchase_date", "purchase date")
                .column("gain", "gain").headerNeeds("units", "purchase_date").rowStartsWith("units", DATE)
                .mapper(Optional::of).build();

        TableHeader h = TableHeader.find(rule, header, 0);

        assertThat(h).isNotNull();
        assertThat(h.columns()).extracting(TableHeader.Column::name).startsWith("units", "purchase_date");
        assertThat(h.columns().get(0).right()).isLessThanOrEqualTo(h.columns().get(1).left());
    }

    private static String lastLine(Map<String, String> cells) {
        String[] context = cells.getOrDefault(TableReader.CONTEXT, "").split("\n");
        return context[context.length - 1];
    }
}
