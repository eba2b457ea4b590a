package io.taxstream.processors.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PatternsTest {

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group().trim());
        }
        return found;
    }

    @Test
    void shouldFindAmountsWithCurrencySignsAndMarkers() {
        String line = "Gross Salary Rs. 12,34,567.00 Less (1,200.00) Net ₹ 12,000/- Balance 45,000.50 Dr";
        assertThat(all(Patterns.AMOUNT, line))
                .containsExactly("Rs. 12,34,567.00", "(1,200.00)", "₹ 12,000/-", "45,000.50 Dr");
        assertThat(all(Patterns.AMOUNT, line).stream().map(Normalizers::balance).map(o -> o.orElseThrow()))
                .containsExactly("1234567.00", "-1200.00", "12000.00", "-45000.50");
    }

    @Test
    void shouldNotFindAmountsInsideDatesTimesYearRangesOrIdentifiers() {
        String line = "on 01/04/2023 at 10:15 dated 01.04.2023 for FY 2023-24 PAN ABCDE1234F paid 1,200.00";
        assertThat(all(Patterns.AMOUNT, line)).containsExactly("1,200.00");
    }

    @Test
    void shouldFindDatesOfEverySupportedForm() {
        String text = "from 01/04/2023 to 31-Mar-2024, paid 1st April 2023, ISO 2023-04-01, US April 1, 2023, "
                + "short 01APR23 and dotted 01.04.2023";
        List<String> dates = all(Patterns.DATE, text);
        assertThat(dates).containsExactly("01/04/2023", "31-Mar-2024", "1st April 2023", "2023-04-01",
                "April 1, 2023", "01APR23", "01.04.2023");
        assertThat(dates.stream().map(Normalizers::date).map(o -> o.orElseThrow()))
                .containsExactly("2023-04-01", "2024-03-31", "2023-04-01", "2023-04-01", "2023-04-01", "2023-04-01",
                        "2023-04-01");
    }

    @Test
    void shouldFindMonthsAndYearRanges() {
        assertThat(all(Patterns.MONTH, "Payslip for March 2024 and Mar-24, also 03/2024"))
                .containsExactly("March 2024", "Mar-24", "03/2024");
        assertThat(all(Patterns.FINANCIAL_YEAR, "Statement for F.Y. 2023-24 of FY 2022-2023"))
                .containsExactly("F.Y. 2023-24", "FY 2022-2023");
        assertThat(all(Patterns.ASSESSMENT_YEAR, "Assessment Year 2024-25 and A.Y. 2023-24 but not 2022-23"))
                .containsExactly("Assessment Year 2024-25", "A.Y. 2023-24");
        assertThat(all(Patterns.YEAR_RANGE, "on 2023-04-01 in 2023–24")).containsExactly("2023–24");
    }

    @Test
    void shouldFindIdentifiersOnlyAsWholeTokens() {
        String text = "PAN ABCDE1234F TAN MUMA12345B IFSC SBIN0001234 not XABCDE1234F nor ABCDE1234FX";
        assertThat(all(Patterns.PAN, text)).containsExactly("ABCDE1234F");
        assertThat(all(Patterns.TAN, text)).containsExactly("MUMA12345B");
        assertThat(all(Patterns.IFSC, text)).containsExactly("SBIN0001234");
    }

    @Test
    void shouldFindAccountNumbersPlainGroupedAndMasked() {
        String text = "A/c 50100012345678, card XXXX XXXX 1234, old ****5678, new 1234 5678 9012, amount 1,23,456";
        assertThat(all(Patterns.ACCOUNT_NUMBER, text))
                .containsExactly("50100012345678", "XXXX XXXX 1234", "****5678", "1234 5678 9012");
    }
}
