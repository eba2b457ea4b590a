package io.taxstream.topology.scaling;

import static io.taxstream.topology.scaling.ThreadScalingPolicy.Decision.ADD;
import static io.taxstream.topology.scaling.ThreadScalingPolicy.Decision.HOLD;
import static io.taxstream.topology.scaling.ThreadScalingPolicy.Decision.REMOVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThreadScalingPolicyTest {

    private final ThreadScalingPolicy policy = new ThreadScalingPolicy(1, 3, 50, 5, 2, 3);

    @Test
    void shouldAddAThreadOnlyAfterTheLagStaysAboveTheHighMarkForEnoughChecks() {
        assertThat(policy.next(120, 2)).isEqualTo(HOLD);
        assertThat(policy.next(120, 2)).isEqualTo(ADD);
    }

    @Test
    void shouldStartCountingAgainWhenTheLagDipsBetweenTheMarks() {
        assertThat(policy.next(200, 1)).isEqualTo(HOLD);
        assertThat(policy.next(20, 1)).isEqualTo(HOLD);
        assertThat(policy.next(200, 1)).isEqualTo(HOLD);
        assertThat(policy.next(200, 1)).isEqualTo(ADD);
    }

    @Test
    void shouldJudgeTheLagPerThread() {
        assertThat(policy.next(120, 3)).isEqualTo(HOLD);
        assertThat(policy.next(120, 3)).isEqualTo(HOLD);
    }

    @Test
    void shouldRemoveAThreadOnlyAfterTheLagStaysBelowTheLowMarkForEnoughChecks() {
        assertThat(policy.next(0, 3)).isEqualTo(HOLD);
        assertThat(policy.next(0, 3)).isEqualTo(HOLD);
        assertThat(policy.next(0, 3)).isEqualTo(REMOVE);
        assertThat(policy.next(0, 2)).as("a change starts the counting afresh").isEqualTo(HOLD);
    }

    @Test
    void shouldNeverGoBeyondItsBounds() {
        for (int i = 0; i < 5; i++) {
            assertThat(policy.next(10_000, 3)).isEqualTo(HOLD);
        }
        for (int i = 0; i < 5; i++) {
            assertThat(policy.next(0, 1)).isEqualTo(HOLD);
        }
    }

    @Test
    void shouldComeBackInsideItsBoundsAtOnce() {
        assertThat(policy.next(0, 5)).isEqualTo(REMOVE);
        assertThat(policy.next(10_000, 0)).isEqualTo(ADD);
    }

    @Test
    void shouldRefuseALowMarkThatIsNotBelowTheHighMark() {
        assertThatThrownBy(() -> new ThreadScalingPolicy(1, 3, 5, 5, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("low lag mark");
        assertThatThrownBy(() -> new ThreadScalingPolicy(2, 1, 50, 5, 1, 1))
                .hasMessageContaining("min <= max");
    }
}
