package io.taxstream.processors.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the contract's examples
            "Rs. 1,23,456.5 | 123456.50",
            "₹ 12,000/- | 12000.00",
            "INR 5,00,000.00 | 500000.00",
            "(1,200.00) | -1200.00",
            // Indian, international and no grouping
            "1,23,456.50 | 123456.50",
            "12,34,56,789 | 123456789.00",
            "1,234,567.00 | 1234567.00",
            "1,234 | 1234.00",
            "123456 | 123456.00",
            "0 | 0.00",
            "0.5 | 0.50",
            ".75 | 0.75",
            "1200. | 1200.00",
            // rounding half up to two decimals
            "10.005 | 10.01",
            "10.004 | 10.00",
            "2.675 | 2.68",
            // currency before and after, with and without spaces
            "Rs.500 | 500.00",
            "Rs 500 | 500.00",
            "RS. 500 | 500.00",
            "rs: 500 | 500.00",
            "₹12,000 | 12000.00",
            "INR5,00,000.00 | 500000.00",
            "500 INR | 500.00",
            "Rs.12000/- | 12000.00",
            "12,000/= | 12000.00",
            "` 45,000 | 45000.00",
            // negatives
            "-1,200.00 | -1200.00",
            "−1,200.00 | -1200.00",
            "1,200.00- | -1200.00",
            "(-) 50,000 | -50000.00",
            "Rs. -500 | -500.00",
            "-Rs. 500 | -500.00",
            "(Rs. 1,200.00) | -1200.00",
            "+500 | 500.00",
            "-0.00 | 0.00",
            // Dr / Cr markers are accepted and ignored for a plain amount
            "12,345.00 Dr | 12345.00",
            "12,345.00 Cr | 12345.00",
            // white space left by word splitting and typographic spaces
            "  1,23,456.50  | 123456.50",
            "1, 23,456 .50 | 123456.50",
            "Rs.\u00A01,000 | 1000.00",
            "Nil | 0.00",
            "NIL | 0.00",
    })
    void shouldNormaliseAmounts(String raw, String expected) {
        assertThat(Normalizers.amount(raw)).contains(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "12,345.00 Dr | -12345.00",
            "12,345.00 DR | -12345.00",
            "12,345.00Dr. | -12345.00",
            "12,345.00 Cr | 12345.00",
            "12,345.00 CR | 12345.00",
            "-12,345.00 Cr | 12345.00",
            "(12,345.00) | -12345.00",
            "Rs. 1,00,000.00 | 100000.00",
            "0.00 Dr | 0.00",
    })
    void shouldNormaliseBalancesWithDebitMarkersAsNegative(String raw, String expected) {
        assertThat(Normalizers.balance(raw)).contains(expected);
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {"01/04/2023", "01.04.2023", "2023-04-01", "2023-24", "ABCDE1234F", "12%", "12.5 %",
            "1,2", "1,23,4567", "12,34", "abc", "Rs.", "-", "--", "(1,200.00", "1,200.00)", "1.234,56", "12 345",
            "1e5", "0x1F", "12,000.00 Dr Cr", "five lakh"})
    void shouldRejectWhatIsNotAnAmount(String raw) {
        assertThat(Normalizers.amount(raw)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "30 | 30",
            "29.5 | 29.5",
            "30.0 | 30",
            "30.00 | 30",
            "1,250.500 | 1250.5",
            "1,00,000 | 100000",
            "0.000 | 0",
            "-2.50 | -2.5",
            "125.456 | 125.456",
            "100 | 100",
    })
    void shouldNormaliseNumbersWithoutGroupingOrTrailingZeros(String raw, String expected) {
        assertThat(Normalizers.number(raw)).contains(expected);
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {"thirty", "30 days", "Rs. 30", "1/2", "", "  "})
    void shouldRejectWhatIsNotANumber(String raw) {
        assertThat(Normalizers.number(raw)).isEmpty();
    }
}
