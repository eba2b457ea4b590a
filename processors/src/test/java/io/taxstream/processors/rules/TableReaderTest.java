package io.taxstream.processors.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.layout.Layout;
import io.taxstream.processors.layout.Pages;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableReaderTest {

    private static final TableRule STATEMENT = TableRule.items("transaction")
            .column("date", "date")
            .column("description", "narration", "description", "particulars")
            .column("debit", "withdrawal", "debit")
            .column("credit", "deposit", "credit")
            .column("balance", "balance")
            .headerNeeds("date", "balance")
            .rowStartsWith("date", ValueParsers.of(FieldKind.DATE))
            .stopAt("^total\\b", "closing balance")
            .skip("opening balance", "b/f")
            .mapper(Optional::of)
            .build();

    private static Pages header(Pages p, int row) {
        return p.cell(row, 40, "Date").cell(row, 110, "Narration").cell(row, 330, "Withdrawal").cell(row, 420, "Deposit")
                .cell(row, 500, "Balance");
    }

    @Test
    void shouldFollowATableAcrossPagesOverRepeatedHeadersAndPageFurniture() {
        Pages p = header(new Pages().cell(0, 40, "Statement of account"), 2)
                .cell(3, 40, "01/04/2024").cell(3, 110, "Opening Balance").cell(3, 500, "1,000.00")
                .cell(4, 40, "02/04/2024").cell(4, 110, "UPI/ZOMATO").cell(4, 330, "250.00").cell(4, 500, "750.00")
                .cell(40, 40, "Page 1 of 2").page()
                .cell(0, 40, "Statement of account");
        header(p, 2).cell(3, 40, "05/04/2024").cell(3, 110, "SALARY APRIL").cell(3, 420, "50,000.00").cell(3, 500, "50,750.00")
                .cell(4, 40, "Total").cell(4, 330, "250.00").cell(4, 420, "50,000.00")
                .cell(6, 40, "10/04/2024").cell(6, 110, "not a row: after the total");
        TableReader.Table table = TableReader.read(STATEMENT, p.layout().lines());

        assertThat(table.rows()).extracting(r -> r.cells().get("description")).containsExactly("UPI/ZOMATO", "SALARY APRIL");
        assertThat(table.rows()).extracting(TableReader.Row::page).containsExactly(1, 2);
        assertThat(table.rows().get(1).cells()).containsEntry("credit", "50,000.00").containsEntry("balance", "50,750.00")
                .doesNotContainKey("debit");
        assertThat(table.totals()).singleElement().satisfies(t -> assertThat(t.cells()).containsEntry("debit", "250.00"));
    }

    @Test
    void shouldJoinAWrappedNarrationToItsRow() {
        Pages p = header(new Pages(), 0)
                .cell(1, 40, "02/04/2024").cell(1, 110, "NEFT-HDFC0001234-RENT").cell(1, 330, "20,000.00").cell(1, 500, "30,000.00")
                .cell(2, 110, "FOR APRIL 2024")
                .cell(3, 40, "03/04/2024").cell(3, 110, "ATM CASH").cell(3, 330, "2,000.00").cell(3, 500, "28,000.00");
        List<TableReader.Row> rows = TableReader.read(STATEMENT, p.layout().lines()).rows();
        assertThat(rows).extracting(r -> r.cells().get("description"))
                .containsExactly("NEFT-HDFC0001234-RENT FOR APRIL 2024", "ATM CASH");
    }

    @Test
    void shouldFindAHeaderSpreadOverTwoLinesAndIgnoreTheSameWordsInProse() {
        TableRule quarters = TableRule.items("tds_quarter")
                .column("quarter", "quarter").column("deducted", "deducted").column("deposited", "deposited")
                .headerNeeds("quarter", "deducted").rowStartsWith("quarter", t -> t.trim().matches("Q[1-4]")
                        ? Optional.of(new Parsed(t.trim(), 0, t.length())) : Optional.empty())
                .mapper(Optional::of).build();
        Layout layout = new Pages()
                .cell(0, 40, "Summary of amount paid and tax deducted and deposited at source in respect of the employee")
                .cell(1, 40, "Quarter").cell(1, 300, "Amount of tax").cell(1, 450, "Amount of tax")
                .cell(2, 300, "deducted").cell(2, 450, "deposited")
                .cell(3, 50, "Q1").cell(3, 300, "1,200.00").cell(3, 450, "1,200.00")
                .layout();
        List<TableReader.Row> rows = TableReader.read(quarters, layout.lines()).rows();
        assertThat(rows).singleElement().satisfies(r ->
                assertThat(r.cells()).containsEntry("quarter", "Q1").containsEntry("deducted", "1,200.00").containsEntry("deposited", "1,200.00"));
    }

    @Test
    void shouldLeaveOutSkippedRows() {
        Pages p = header(new Pages(), 0)
                .cell(1, 40, "01/04/2024").cell(1, 110, "B/F").cell(1, 500, "1,000.00")
                .cell(2, 40, "02/04/2024").cell(2, 110, "INTEREST").cell(2, 420, "10.00").cell(2, 500, "1,010.00");
        assertThat(TableReader.read(STATEMENT, p.layout().lines()).rows()).extracting(r -> r.cells().get("description"))
                .containsExactly("INTEREST");
    }
}
