package io.taxstream.dashboard.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.DocType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ThroughputTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:02Z");
    private final Throughput throughput = new Throughput(Duration.ofSeconds(5), Duration.ofMinutes(1), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shouldCountDocumentsPerTypeInTimeBuckets() {
        throughput.add(DocType.PAYSLIP, NOW.minusSeconds(1).toEpochMilli());
        throughput.add(DocType.PAYSLIP, NOW.minusSeconds(2).toEpochMilli());
        throughput.add(DocType.FORM_16, NOW.minusSeconds(12).toEpochMilli());
        Throughput.ThroughputView view = throughput.snapshot();
        assertThat(view.series()).containsOnlyKeys("PAYSLIP", "FORM_16");
        double[] payslips = view.series().get("PAYSLIP");
        assertThat(payslips).hasSize(12);
        assertThat(payslips[11]).isEqualTo(2 / 5.0);
        assertThat(view.series().get("FORM_16")[9]).isEqualTo(1 / 5.0);
        assertThat(view.current()).containsEntry("PAYSLIP", 2 / 30.0).containsEntry("FORM_16", 1 / 30.0);
        assertThat(view.total()).isCloseTo(3 / 30.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void shouldForgetWhatIsOlderThanTheWindow() {
        throughput.add(DocType.PAYSLIP, NOW.minusSeconds(61).toEpochMilli());
        throughput.add(DocType.PAYSLIP, NOW.plusSeconds(30).toEpochMilli());
        assertThat(throughput.snapshot().series()).isEmpty();
    }

    @Test
    void shouldCountAnEventFromAClockALittleAheadInTheCurrentBucket() {
        throughput.add(DocType.PAYSLIP, NOW.plusSeconds(3).toEpochMilli());
        assertThat(throughput.snapshot().series().get("PAYSLIP")[11]).isEqualTo(1 / 5.0);
    }

    @Test
    void shouldKeepOldDocumentsOutOfTheCurrentRate() {
        throughput.add(DocType.PAYSLIP, NOW.minusSeconds(50).toEpochMilli());
        assertThat(throughput.snapshot().current()).containsEntry("PAYSLIP", 0.0);
    }
}
