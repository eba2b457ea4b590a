package io.taxstream.dashboard.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.DocType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    private final Latencies latencies = new Latencies(Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shouldGiveNearestRankPercentilesPerType() {
        for (int i = 1; i <= 100; i++) {
            latencies.add(DocType.FORM_16, NOW.toEpochMilli(), i * 10L);
        }
        latencies.add(DocType.PAYSLIP, NOW.toEpochMilli(), 700);
        assertThat(latencies.snapshot()).containsExactly(
                new Latencies.LatencyView("FORM_16", 500, 950, 100),
                new Latencies.LatencyView("PAYSLIP", 700, 700, 1));
    }

    @Test
    void shouldDropSamplesOlderThanTheWindow() {
        latencies.add(DocType.FORM_16, NOW.minusSeconds(301).toEpochMilli(), 9000);
        latencies.add(DocType.FORM_16, NOW.minusSeconds(10).toEpochMilli(), 100);
        assertThat(latencies.snapshot()).containsExactly(new Latencies.LatencyView("FORM_16", 100, 100, 1));
    }
}
