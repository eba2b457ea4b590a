package io.taxstream.dashboard.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class MemoryMonitorTest {

    @Test
    void shouldAlertWhenResidentMemoryReachesTheShareOfTheLimit() {
        Assumptions.assumeTrue(MemoryMonitor.residentBytes().isPresent(), "no /proc/self/status on this platform");
        long rss = MemoryMonitor.residentBytes().getAsLong();
        MemoryMonitor.MemoryView tight = new MemoryMonitor(rss, 0.8).snapshot();
        assertThat(tight.rssRatio()).isGreaterThan(0.8);
        assertThat(tight.alerts()).anyMatch(a -> a.startsWith("resident memory at"));
        MemoryMonitor.MemoryView roomy = new MemoryMonitor(rss * 100, 0.8).snapshot();
        assertThat(roomy.alerts()).noneMatch(a -> a.startsWith("resident memory"));
    }

    @Test
    void shouldAlertWhenTheHeapReachesTheShareOfItsMaximum() {
        assertThat(new MemoryMonitor(0, 0.0).snapshot().alerts()).anyMatch(a -> a.startsWith("heap at"));
        assertThat(new MemoryMonitor(0, 1.01).snapshot().alerts()).isEmpty();
    }

    @Test
    void shouldReportHeapAndResidentMemory() {
        MemoryMonitor.MemoryView view = new MemoryMonitor(0, 0.8).snapshot();
        assertThat(view.heapUsed()).isPositive();
        assertThat(view.heapMax()).isGreaterThanOrEqualTo(view.heapUsed());
        assertThat(view.alertRatio()).isEqualTo(0.8);
    }
}
