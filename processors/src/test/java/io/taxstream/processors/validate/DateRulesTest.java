package io.taxstream.processors.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.Severity;
import io.taxstream.processors.extract.ExtractedField;
import io.taxstream.processors.extract.Extraction;
import io.taxstream.processors.extract.Item;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DateRulesTest {

    private static Extraction of(Map<String, String> fields, List<Item> items) {
        Map<String, ExtractedField> f = new java.util.HashMap<>();
        fields.forEach((k, v) -> f.put(k, ExtractedField.of(v, 0.9, 1)));
        return new Extraction("rules", f, items, Set.of(), List.of(), List.of());
    }

    @Test
    void shouldWarnAboutATransactionOutsideTheStatementPeriod() {
        Extraction x = of(Map.of("period_from", "2024-04-01", "period_to", "2024-04-30"), List.of(
                new Item("transaction", Map.of("date", "2024-04-15"), 1), new Item("transaction", Map.of("date", "2024-05-02"), 1)));
        List<Issue> issues = DateRules.withinStatedPeriod(Set.of(), Set.of("date")).check(x);
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.WARN);
            assertThat(i.message()).contains("transaction 2 date 2024-05-02");
        });
    }

    @Test
    void shouldTakeTheFinancialYearBeforeTheAssessmentYear() {
        Extraction inside = of(Map.of("assessment_year", "2025-26", "period_from", "2024-04-01", "period_to", "2025-03-31"), List.of());
        Extraction outside = of(Map.of("assessment_year", "2025-26", "period_from", "2023-04-01", "period_to", "2025-03-31"), List.of());
        assertThat(DateRules.withinFinancialYear(Set.of("period_from", "period_to")).check(inside)).isEmpty();
        assertThat(DateRules.withinFinancialYear(Set.of("period_from", "period_to")).check(outside)).hasSize(1);
    }

    @Test
    void shouldSaySomethingOnlyWhenThePeriodIsKnown() {
        Extraction x = of(Map.of("payment_date", "2019-01-01"), List.of());
        assertThat(DateRules.withinStatedPeriod(Set.of("payment_date"), Set.of()).check(x)).isEmpty();
    }
}
