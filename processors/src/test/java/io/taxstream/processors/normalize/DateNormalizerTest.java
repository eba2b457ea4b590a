package io.taxstream.processors.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the contract's examples
            "01/04/2023 | 2023-04-01",
            "01-Apr-2023 | 2023-04-01",
            "1st April 2023 | 2023-04-01",
            "01.04.2023 | 2023-04-01",
            // numeric, always day first
            "1-4-2023 | 2023-04-01",
            "1/4/2023 | 2023-04-01",
            "31/03/2024 | 2024-03-31",
            "12/01/2024 | 2024-01-12",
            "05 / 06 / 2023 | 2023-06-05",
            // month names, any case, with and without separators
            "01 Apr 2023 | 2023-04-01",
            "01-APR-23 | 2023-04-01",
            "01Apr2023 | 2023-04-01",
            "01-apr-2023 | 2023-04-01",
            "1 April, 2023 | 2023-04-01",
            "2nd Sept 2023 | 2023-09-02",
            "3rd of March 2024 | 2024-03-03",
            "22nd Feb. 2024 | 2024-02-22",
            "April 1, 2023 | 2023-04-01",
            "Apr 1 2023 | 2023-04-01",
            "December 31st, 2023 | 2023-12-31",
            "15'Jun'23 | 2023-06-15",
            // ISO in, ISO out; year first
            "2023-04-01 | 2023-04-01",
            "2023/04/01 | 2023-04-01",
            // two-digit years: 00-68 -> 20yy, 69-99 -> 19yy
            "01/04/23 | 2023-04-01",
            "31-03-68 | 2068-03-31",
            "01/01/69 | 1969-01-01",
            "15/08/85 | 1985-08-15",
            // leap years
            "29/02/2024 | 2024-02-29",
            "29-Feb-2000 | 2000-02-29",
            // a weekday before, a time after
            "Saturday, 1 April 2023 | 2023-04-01",
            "01/04/2023 10:15:22 | 2023-04-01",
            "01-04-2023 10:15 AM | 2023-04-01",
            "2023-04-01T10:15:00 | 2023-04-01",
            // a text with exactly one date
            "Date : 01/04/2023 | 2023-04-01",
            "Value Dt 05-Jun-2023 | 2023-06-05",
    })
    void shouldNormaliseDatesToIso(String raw, String expected) {
        assertThat(Normalizers.date(raw)).contains(expected);
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {"31/02/2023", "29/02/2023", "29-Feb-1900", "32/01/2023", "00/01/2023", "01/13/2023",
            "31-Apr-2023", "2023-13-01", "2023-02-30", "01/04", "April 2023", "Mar-24", "2023-24", "123456",
            "1,23,456.00", "ABCDE1234F", "01/04/2023 to 31/03/2024", "01/04-2023", "someday", "01/04/1850"})
    void shouldRejectWhatIsNotADate(String raw) {
        assertThat(Normalizers.date(raw)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the contract's examples
            "Pay slip for the month of March 2024 | 2024-03",
            "Mar-24 | 2024-03",
            "03/2024 | 2024-03",
            // more forms
            "March 2024 | 2024-03",
            "MARCH, 2024 | 2024-03",
            "Mar 2024 | 2024-03",
            "Mar'24 | 2024-03",
            "mar-2024 | 2024-03",
            "Sept 2023 | 2023-09",
            "03-2024 | 2024-03",
            "3/2024 | 2024-03",
            "2024-03 | 2024-03",
            "2024/03 | 2024-03",
            "Salary Slip - May 2024 | 2024-05",
            "PAYSLIP FOR THE MONTH OF JANUARY-2025 | 2025-01",
            "Month: Feb 2024 (29 days) | 2024-02",
            // a full date gives its month
            "31/03/2024 | 2024-03",
            "April 1, 2023 | 2023-04",
            "Pay date 30-Nov-2023 | 2023-11",
    })
    void shouldNormaliseMonths(String raw, String expected) {
        assertThat(Normalizers.month(raw)).contains(expected);
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {"13/2024", "2024-13", "FY 2023-24", "2023-24", "Marks 2024", "Summary", "24", "March",
            "00/2024", "payslip"})
    void shouldRejectWhatIsNotAMonth(String raw) {
        assertThat(Normalizers.month(raw)).isEmpty();
    }
}
