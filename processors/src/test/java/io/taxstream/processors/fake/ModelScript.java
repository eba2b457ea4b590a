package io.taxstream.processors.fake;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * How the fake Ollama server behaves for one model: what it answers (by default, or one
 * scripted behaviour after another), how long it takes, its size, and whether the server has it.
 * Thread-safe.
 */
public final class ModelScript {

    /** One scripted reaction to a generate or chat request. */
    public sealed interface Behaviour permits Answer, Failure, Hang, Malformed {
    }

    /** Answers with this text (the model's output), computed from the request's JSON body. */
    public record Answer(Function<Map<String, Object>, String> text) implements Behaviour {
    }

    /** Fails with an HTTP status and Ollama's {@code {"error": ...}} body. */
    public record Failure(int status, String error) implements Behaviour {
    }

    /** Never answers (until the server stops). */
    public record Hang() implements Behaviour {
    }

    /** Answers with a response stream that is not JSON. */
    public record Malformed() implements Behaviour {
    }

    /** Ollama's wording when a model does not fit in memory. */
    public static final String OUT_OF_MEMORY =
            "model requires more system memory (5.6 GiB) than is available (3.1 GiB)";

    private final String name;
    private final Deque<Behaviour> queue = new ArrayDeque<>();
    private volatile Behaviour standing = new Answer(body -> "{}");
    private volatile Duration latency = Duration.ZERO;
    private volatile long sizeBytes = 2_000_000_000L;
    private volatile boolean present = true;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();

    ModelScript(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public String name() {
        return name;
    }

    /** Answers every request with this text unless something is queued. */
    public ModelScript answers(String text) {
        standing = new Answer(body -> text);
        return this;
    }

    /** Answers every request with a text computed from its body. */
    public ModelScript answers(Function<Map<String, Object>, String> text) {
        standing = new Answer(text);
        return this;
    }

    /** Behaves like this for every request unless something is queued. */
    public ModelScript always(Behaviour behaviour) {
        standing = behaviour;
        return this;
    }

    /** Behaves like this for the next request only (queued behaviours come first, in order). */
    public synchronized ModelScript then(Behaviour behaviour) {
        queue.addLast(behaviour);
        return this;
    }

    /** Takes this long before every answer. */
    public ModelScript latency(Duration value) {
        latency = value;
        return this;
    }

    public ModelScript size(long bytes) {
        sizeBytes = bytes;
        return this;
    }

    /** The server does not have the model until it is pulled. */
    public ModelScript missing() {
        present = false;
        return this;
    }

    public static Behaviour outOfMemory() {
        return new Failure(500, OUT_OF_MEMORY);
    }

    public static Behaviour hang() {
        return new Hang();
    }

    public static Behaviour malformed() {
        return new Malformed();
    }

    public static Behaviour answer(String text) {
        return new Answer(body -> text);
    }

    public static Behaviour serverError() {
        return new Failure(500, "llama runner process has terminated: exit status 2");
    }

    synchronized Behaviour next() {
        calls.incrementAndGet();
        Behaviour b = queue.pollFirst();
        return b != null ? b : standing;
    }

    Duration latency() {
        return latency;
    }

    long sizeBytes() {
        return sizeBytes;
    }

    boolean present() {
        return present;
    }

    void pulled() {
        present = true;
    }

    void enter() {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
    }

    void leave() {
        inFlight.decrementAndGet();
    }

    /** The most generate or chat requests this model served at once. */
    public int maxConcurrent() {
        return maxInFlight.get();
    }

    /** Generate and chat requests this model received (loads and unloads not counted). */
    public int calls() {
        return calls.get();
    }
}
