package io.taxstream.processors.cascade;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the cascade off a model server that cannot be reached: after {@code failureThreshold}
 * consecutive connection failures the circuit opens and the LLM tiers are skipped (recorded as
 * {@code offline}) for the cool-down; then one request may try (half open): its success closes
 * the circuit, its failure opens it again. Only reachability counts: a timeout or an
 * out-of-memory answer shows the server is there. Thread-safe.
 */
public final class CircuitBreaker {

    /** The circuit's state. */
    public enum State { CLOSED, OPEN, HALF_OPEN }

    /**
     * What the dashboard and {@code /health} show.
     *
     * @param state       the state now
     * @param failures    consecutive connection failures
     * @param openedAt    when the circuit last opened, or null
     * @param nextTrialAt when an open circuit lets a request try again, or null
     */
    public record Snapshot(State state, int failures, Instant openedAt, Instant nextTrialAt) {

        /** Whether the LLM tiers are usable now, as far as the breaker knows. */
        public boolean online() {
            return state == State.CLOSED;
        }
    }

    private final int failureThreshold;
    private final Duration cooldown;
    private final Clock clock;
    private State state = State.CLOSED;
    private int failures;
    private Instant openedAt;
    private boolean trialInFlight;

    public CircuitBreaker(int failureThreshold, Duration cooldown, Clock clock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failure threshold must be at least 1");
        }
        this.failureThreshold = failureThreshold;
        this.cooldown = cooldown;
        this.clock = clock;
    }

    /** Whether a request may go to the server now; in half-open state only one at a time. */
    public synchronized boolean allowRequest() {
        if (state == State.OPEN && !clock.instant().isBefore(openedAt.plus(cooldown))) {
            state = State.HALF_OPEN;
            trialInFlight = false;
        }
        return switch (state) {
            case CLOSED -> true;
            case OPEN -> false;
            case HALF_OPEN -> {
                if (trialInFlight) {
                    yield false;
                }
                trialInFlight = true;
                yield true;
            }
        };
    }

    /** The server answered (whatever it said). */
    public synchronized void recordSuccess() {
        state = State.CLOSED;
        failures = 0;
        trialInFlight = false;
    }

    /** The server could not be reached. */
    public synchronized void recordFailure() {
        failures++;
        trialInFlight = false;
        if (state == State.HALF_OPEN || failures >= failureThreshold) {
            state = State.OPEN;
            openedAt = clock.instant();
        }
    }

    public synchronized State state() {
        return state;
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(state, failures, openedAt, state == State.CLOSED || openedAt == null ? null : openedAt.plus(cooldown));
    }
}
