package io.taxstream.processors.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialYearNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the contract's examples
            "FY 2023-2024 | 2023-24",
            "2023-24 | 2023-24",
            // more forms
            "F.Y. 2023-24 | 2023-24",
            "2023-2024 | 2023-24",
            "2023/24 | 2023-24",
            "2023 - 24 | 2023-24",
            "2023–24 | 2023-24",
            "FY2023-24 | 2023-24",
            "F.Y.2023-24 | 2023-24",
            "Financial Year: 2023-24 | 2023-24",
            "Financial Year 2023-24 (01/04/2023 to 31/03/2024) | 2023-24",
            "1999-00 | 1999-00",
            "1999-2000 | 1999-00",
            // an assessment year asked for as a financial year is converted
            "A.Y. 2024-25 | 2023-24",
            "Assessment Year 2024-2025 | 2023-24",
            // a period from 1 April to 31 March
            "01/04/2023 to 31/03/2024 | 2023-24",
            "for the period 01-Apr-2023 - 31-Mar-2024 | 2023-24",
    })
    void shouldNormaliseFinancialYears(String raw, String expected) {
        assertThat(Normalizers.financialYear(raw)).contains(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "A.Y. 2024-25 | 2024-25",
            "AY 2024-2025 | 2024-25",
            "AY: 2024-25 | 2024-25",
            "Assessment Year 2024-25 | 2024-25",
            "2024-25 | 2024-25",
            "2024/2025 | 2024-25",
            // a financial year asked for as an assessment year is converted
            "FY 2023-24 | 2024-25",
            "Financial Year 2023-2024 | 2024-25",
            "01/04/2023 to 31/03/2024 | 2024-25",
    })
    void shouldNormaliseAssessmentYears(String raw, String expected) {
        assertThat(Normalizers.assessmentYear(raw)).contains(expected);
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {"2023-25", "2023-2025", "2024-23", "2023", "FY 24", "2023-04-01", "01/04/2023",
            "01/04/2023 to 30/06/2023", "12345-67", "Mar-24", "3023-24"})
    void shouldRejectRangesThatAreNotConsecutiveYears(String raw) {
        assertThat(Normalizers.financialYear(raw)).isEmpty();
        assertThat(Normalizers.assessmentYear(raw)).isEmpty();
    }
}
