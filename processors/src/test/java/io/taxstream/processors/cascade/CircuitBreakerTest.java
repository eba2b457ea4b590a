package io.taxstream.processors.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.processors.cascade.CircuitBreaker.State;
import io.taxstream.processors.fake.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final MutableClock clock = MutableClock.atEpoch();
    private final CircuitBreaker breaker = new CircuitBreaker(2, Duration.ofSeconds(30), clock);

    @Test
    void shouldOpenAfterTheThresholdOfConsecutiveFailures() {
        breaker.recordFailure();
        assertThat(breaker.allowRequest()).isTrue();

        breaker.recordFailure();

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(breaker.allowRequest()).isFalse();
        assertThat(breaker.snapshot().online()).isFalse();
        assertThat(breaker.snapshot().nextTrialAt()).isEqualTo(clock.instant().plusSeconds(30));
    }

    @Test
    void shouldLetOneTrialThroughAfterTheCooldownAndCloseOnItsSuccess() {
        breaker.recordFailure();
        breaker.recordFailure();
        clock.advance(Duration.ofSeconds(31));

        assertThat(breaker.allowRequest()).isTrue();
        assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
        assertThat(breaker.allowRequest()).as("a second request during the trial").isFalse();
        breaker.recordSuccess();

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.allowRequest()).isTrue();
    }

    @Test
    void shouldOpenAgainWhenTheTrialFails() {
        breaker.recordFailure();
        breaker.recordFailure();
        clock.advance(Duration.ofSeconds(31));
        breaker.allowRequest();

        breaker.recordFailure();

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(breaker.allowRequest()).isFalse();
    }

    @Test
    void shouldForgetFailuresOnceTheServerAnswers() {
        breaker.recordFailure();
        breaker.recordSuccess();
        breaker.recordFailure();

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }
}
