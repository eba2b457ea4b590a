package io.taxstream.processors.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.processors.contract.FieldKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodsAndProseTest {

    @ParameterizedTest
    @ValueSource(strings = {"Statement from 01/04/2023 to 31/03/2024", "Period : 01.04.2023 - 31.03.2024",
            "FROM : 01-Apr-2023   TO : 31-Mar-2024", "Statement Period  31/03/2024 to 01/04/2023",
            "अवधि / Period : 01.04.2023 से / to 31.03.2024"})
    void shouldFindAPeriodOfTwoDatesAfterItsLabel(String text) {
        assertThat(Periods.after(TableReaderCasesTest.lines(text), List.of("statement period", "period", "from"), 1))
                .hasValueSatisfying(p -> {
                    assertThat(p.from()).isEqualTo("2023-04-01");
                    assertThat(p.to()).isEqualTo("2024-03-31");
                });
    }

    @Test
    void shouldNotTakeTwoUnrelatedDatesForAPeriod() {
        assertThat(Periods.after(TableReaderCasesTest.lines("Period: 01/04/2023 (opened on branch 12 after 31/03/2024 audit)"),
                List.of("period"), 0)).isEmpty();
    }

    @Test
    void shouldFindAnAmountStatedInASentenceEvenWhenItWrapsToTheNextLine() {
        Prose prose = Prose.of(TableReaderCasesTest.lines("""
                This is to certify that Ms. Asha Rao has been paid interest of
                Rs. 42,067.35 (Rupees Forty Two Thousand Sixty Seven and Paise Thirty Five) on her deposit.
                """));

        assertThat(prose.after(List.of("interest of"), ValueParsers.of(FieldKind.AMOUNT), 24))
                .hasValueSatisfying(f -> assertThat(f.value()).isEqualTo("42067.35"));
    }

    @Test
    void shouldFindAnAmountThatStandsBeforeItsPhrase() {
        Prose prose = Prose.of(TableReaderCasesTest.lines("We certify that an amount of Rs.18,450/- has been credited as interest."));

        assertThat(prose.before(List.of("credited as interest"), ValueParsers.of(FieldKind.AMOUNT), 60))
                .hasValueSatisfying(f -> assertThat(f.value()).isEqualTo("18450.00"));
    }
}
