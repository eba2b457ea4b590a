package io.taxstream.processors.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LayoutTest {

    @Test
    void shouldGroupWordsOnOneBaselineIntoALineWhateverOrderTheyCameIn() {
        Layout layout = new Pages().cell(1, 300, "Amount").cell(0, 40, "Gross Salary").cell(1, 40, "Basic")
                .cell(0, 300, "5,00,000.00").layout();
        assertThat(layout.lines()).extracting(Line::text)
                .containsExactly("Gross Salary  5,00,000.00", "Basic  Amount");
    }

    @Test
    void shouldSplitALineIntoSegmentsAtColumnGapsButNotAtWordSpaces() {
        Line line = new Pages().cell(0, 40, "Name and address of the Employer").cell(0, 300, "TAN of the Deductor").layout()
                .lines().get(0);
        assertThat(line.segments()).extracting(Segment::text)
                .containsExactly("Name and address of the Employer", "TAN of the Deductor");
    }

    @Test
    void shouldKeepALargeAmountOnTheRowOfItsSmallerLabel() {
        Layout layout = new Pages().cell(0, 40, "NET PAYABLE", 9).cell(0, 400, "1,51,720.00", 14).cell(1, 40, "In words").layout();
        assertThat(layout.lines()).extracting(Line::text).startsWith("NET PAYABLE  1,51,720.00");
    }

    @Test
    void shouldMapCharacterOffsetsOfTheLineTextBackToWords() {
        Line line = new Pages().cell(0, 40, "Employee Name").cell(0, 200, "Rahul Sharma").layout().lines().get(0);
        int start = line.text().indexOf("Rahul");
        assertThat(line.wordsIn(start, start + "Rahul Sharma".length())).extracting(w -> w.text())
                .containsExactly("Rahul", "Sharma");
        assertThat(line.segmentAt(start)).isEqualTo(1);
        assertThat(line.lower()).hasSameSizeAs(line.text());
    }

    @Test
    void shouldKeepPagesApartAndInOrder() {
        Layout layout = new Pages().cell(0, 40, "first").page().cell(0, 40, "second").layout();
        assertThat(layout.lines()).extracting(Line::page).containsExactly(1, 2);
        assertThat(layout.page(2)).extracting(Line::text).containsExactly("second");
    }
}
