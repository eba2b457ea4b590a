package io.taxstream.processors.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoadLimitsTest {

    @Test
    void shouldDefaultToSaneLimits() {
        LoadLimits limits = LoadLimits.defaults();
        assertThat(limits.maxBytes()).isEqualTo(25L * 1024 * 1024);
        assertThat(limits.maxPages()).isEqualTo(200);
        assertThat(limits.maxDecodedBytesPerPage()).isEqualTo(32L * 1024 * 1024);
        assertThat(limits.maxTotal()).isEqualTo(Duration.ofSeconds(20));
        assertThat(limits.maxPasswordAttempts()).isEqualTo(12);
        assertThat(limits.maxStreamCacheBytes()).isGreaterThanOrEqualTo(limits.maxBytes());
    }

    @Test
    void shouldRejectLimitsThatMakeEveryLoadFail() {
        assertThatThrownBy(() -> LoadLimits.defaults().withMaxPages(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadLimits.defaults().withMaxTotal(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoadLimits(1000, 1, 1, Duration.ofSeconds(1), 999, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxStreamCacheBytes");
    }

    @Test
    void shouldGrowTheStreamCacheWithTheByteLimit() {
        LoadLimits larger = LoadLimits.defaults().withMaxBytes(100L << 20);
        assertThat(larger.maxStreamCacheBytes()).isEqualTo(100L << 20);
    }
}
