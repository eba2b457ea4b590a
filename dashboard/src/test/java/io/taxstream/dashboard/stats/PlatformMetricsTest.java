package io.taxstream.dashboard.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlatformMetricsTest {

    @Test
    void shouldKeepLabelsToBoundedVocabularies() {
        assertThat(PlatformMetrics.label("Ollama")).isEqualTo("ollama");
        assertThat(PlatformMetrics.label("qwen2.5:7b")).isEqualTo("qwen2.5:7b");
        assertThat(PlatformMetrics.label("ABCPE1234F")).isEqualTo("other");
        assertThat(PlatformMetrics.label("invalid: missing employee_pan for Ravi Kumar")).isEqualTo("other");
        assertThat(PlatformMetrics.label(null)).isEqualTo("none");
    }
}
