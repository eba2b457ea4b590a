package io.taxstream.dashboard.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScalingPolicyTest {

    private final ScalingPolicy policy = new ScalingPolicy(120, 2, 12, 0.5);

    @Test
    void shouldNeedEnoughReplicasToDrainTheLagInTime() {
        // 3000 records at 4 per second per replica in 120 s: 3000 / 480 = 6.25 -> 7
        assertThat(policy.recommend(3000, 4.0)).isEqualTo(7);
        assertThat(policy.recommend(960, 4.0)).isEqualTo(2);
        assertThat(policy.recommend(961, 4.0)).isEqualTo(3);
    }

    @Test
    void shouldStayWithinTheBounds() {
        assertThat(policy.recommend(0, 4.0)).isEqualTo(2);
        assertThat(policy.recommend(1, 4.0)).isEqualTo(2);
        assertThat(policy.recommend(10_000_000, 4.0)).isEqualTo(12);
    }

    @Test
    void shouldUseTheAssumedRateWhileNoneIsMeasured() {
        // 0.5 per second per replica: 300 / 60 = 5
        assertThat(policy.recommend(300, 0)).isEqualTo(5);
    }

    @Test
    void shouldRefuseSenselessSettings() {
        assertThatThrownBy(() -> new ScalingPolicy(0, 1, 2, 1)).hasMessageContaining("drain");
        assertThatThrownBy(() -> new ScalingPolicy(60, 3, 2, 1)).hasMessageContaining("min <= max");
        assertThatThrownBy(() -> new ScalingPolicy(60, 1, 2, 0)).hasMessageContaining("assumed rate");
    }
}
