package io.taxstream.processors.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.processors.contract.FieldKind;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FieldFinderCasesTest {

    private final FieldFinder finder = new FieldFinder(Pattern.compile("(?!)"));

    @Test
    void shouldTakeTheAmountUnderTheLabelsOwnWordsWhenNeighbouringAmountsRunTogether() {
        FieldRule closing = FieldRule.field("closing_balance", FieldKind.BALANCE).labels("closing balance").below(1).build();

        var found = finder.find(closing, TableReaderCasesTest.lines("""
                Opening Balance   Total Credits Closing Balance
                60,102.29 Dr          9,53,667.81 3,47,297.44 Cr
                """));

        assertThat(found).hasValueSatisfying(c -> assertThat(c.value()).isEqualTo("347297.44"));
    }

    @Test
    void shouldTakeNothingBesideOrBelowANameLabelInsideASentence() {
        FieldRule holder = FieldRule.field("holder_name", FieldKind.NAME).labels("borrowers?").below(1).build();

        var found = finder.find(holder, TableReaderCasesTest.lines("""
                The amounts receivable from the borrowers for the period 01/04/2024 to 31/03/2025 are:
                Principal Component              Rs.   1,12,345.00
                """));

        assertThat(found).isEmpty();
    }

    @Test
    void shouldMatchALabelWithOrWithoutItsOptionalSpace() {
        FieldRule marker = FieldRule.field("x", FieldKind.TEXT).labels("dr ?/ ?cr").build();

        assertThat(marker.labels.get(0).pattern().matcher("dr/cr").find()).isTrue();
        assertThat(marker.labels.get(0).pattern().matcher("dr / cr").find()).isTrue();
    }

    @Test
    void shouldReadTheBalanceAfterADateThatQualifiesTheLabel() {
        FieldRule closing = FieldRule.field("closing_balance", FieldKind.BALANCE).labels("closing balance").below(1).build();

        var found = finder.find(closing, TableReaderCasesTest.lines("""
                Closing Balance as on 31.10.2025 : 1,263,800.36 Cr
                Entries are subject to realisation of cheques. Please report discrepancies within 15 days.
                """));

        assertThat(found).hasValueSatisfying(c -> assertThat(c.value()).isEqualTo("1263800.36"));
    }
}
