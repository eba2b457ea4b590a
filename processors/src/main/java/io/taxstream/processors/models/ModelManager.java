package io.taxstream.processors.models;

import io.taxstream.processors.cascade.CircuitBreaker;
import io.taxstream.processors.llm.LlmException;
import io.taxstream.processors.models.ModelService.Available;
import io.taxstream.processors.models.ModelService.Loaded;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Knows the configured models and what the server does with them: which it has
 * ({@code /api/tags}), which are loaded and how much memory they take ({@code /api/ps}). It
 * bounds each model's concurrent requests by its parallelism (a semaphore per model, so a slow
 * model neither stalls other models nor serialises its own calls), pulls missing models at start
 * when allowed, preloads models asked for recently, unloads models idle longer than the idle
 * time, and steers the cascade to a smaller model when a model would not fit in free memory or
 * just ran out of it. Its {@link #state()} is for the dashboard. Thread-safe.
 */
public final class ModelManager implements AutoCloseable {

    /**
     * @param idleUnload   unload a loaded model unused for this long
     * @param memoryBudget bytes models may fill
     * @param pullMissing  pull configured models the server lacks at start
     * @param interval     how often {@link #maintain()} runs once started
     */
    public record Settings(Duration idleUnload, long memoryBudget, boolean pullMissing, Duration interval) {
    }

    /** The cascade's models for one document: those to ask, in order, and those passed over for memory. */
    public record Plan(List<String> models, List<String> tooBig) {
    }

    private static final Logger log = LoggerFactory.getLogger(ModelManager.class);
    /** A model that ran out of memory is passed over this long. */
    static final Duration OUT_OF_MEMORY_BACKOFF = Duration.ofMinutes(1);
    /** Loaded size of a model relative to its file: weights plus context cache. */
    private static final double LOAD_FACTOR = 1.2;

    private final ModelService service;
    private final CircuitBreaker breaker;
    private final FamilyModels families;
    private final Map<String, ModelSpec> specs;
    private final Settings settings;
    private final Clock clock;
    private final Map<String, Semaphore> permits = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastUsed = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastAsked = new ConcurrentHashMap<>();
    private final Map<String, Instant> outOfMemoryAt = new ConcurrentHashMap<>();
    private final java.util.Set<String> pulling = ConcurrentHashMap.newKeySet();
    private volatile Map<String, Long> available = Map.of();
    private volatile Map<String, Loaded> loaded = Map.of();
    private volatile Instant refreshedAt;
    private volatile boolean reachable;
    private ScheduledExecutorService scheduler;

    public ModelManager(ModelService service, CircuitBreaker breaker, FamilyModels families, Map<String, ModelSpec> specs,
                        Settings settings, Clock clock) {
        this.service = service;
        this.breaker = breaker;
        this.families = families;
        this.specs = Map.copyOf(specs);
        this.settings = settings;
        this.clock = clock;
        for (ModelSpec spec : specs.values()) {
            permits.put(spec.name(), new Semaphore(spec.parallelism(), true));
            inFlight.put(spec.name(), new AtomicInteger());
        }
    }

    /** A model's work, run while holding one of the model's permits. */
    @FunctionalInterface
    public interface Work<T> {
        T run();
    }

    /**
     * Runs {@code work} holding one of the model's permits; waits while the model serves as many
     * requests as its parallelism allows.
     */
    public <T> T withPermit(String model, Work<T> work) throws InterruptedException {
        lastAsked.put(model, clock.instant());
        Semaphore semaphore = permits.computeIfAbsent(model, m -> new Semaphore(spec(m).parallelism(), true));
        AtomicInteger counter = inFlight.computeIfAbsent(model, m -> new AtomicInteger());
        semaphore.acquire();
        counter.incrementAndGet();
        try {
            return work.run();
        } finally {
            counter.decrementAndGet();
            lastUsed.put(model, clock.instant());
            semaphore.release();
        }
    }

    /** The models to ask, in order, leaving out those that would not fit; the last candidate is always kept. */
    public Plan plan(List<String> candidates) {
        List<String> ask = new ArrayList<>();
        List<String> tooBig = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            String model = candidates.get(i);
            if (i == candidates.size() - 1 || fits(model)) {
                ask.add(model);
            } else {
                tooBig.add(model);
            }
        }
        return new Plan(ask, tooBig);
    }

    /** Whether a model is loaded, or its expected size fits in the free memory, and it has not just run out of it. */
    public boolean fits(String model) {
        Instant oom = outOfMemoryAt.get(model);
        if (oom != null && clock.instant().isBefore(oom.plus(OUT_OF_MEMORY_BACKOFF))) {
            return false;
        }
        if (loaded.containsKey(model)) {
            return true;
        }
        Long size = available.get(model);
        return size == null || size * LOAD_FACTOR <= settings.memoryBudget() - memoryUsed();
    }

    /**
     * The server said it lacks the model: when pulling is allowed, pull it in the background, so
     * that later documents can use it.
     */
    public void noteMissing(String model) {
        ScheduledExecutorService s;
        synchronized (this) {
            s = scheduler;
        }
        if (settings.pullMissing() && specs.containsKey(model) && s != null && pulling.add(model)) {
            s.execute(() -> {
                try {
                    log.info("pulling missing model {}", model);
                    service.pull(model);
                    refresh();
                } catch (LlmException e) {
                    log.warn("cannot pull model {}: {}", model, e.kind().label());
                } finally {
                    pulling.remove(model);
                }
            });
        }
    }

    /** The server said the model needs more memory than is free. */
    public void noteOutOfMemory(String model) {
        outOfMemoryAt.put(model, clock.instant());
    }

    public String keepAlive(String model) {
        return spec(model).keepAlive();
    }

    private ModelSpec spec(String model) {
        ModelSpec spec = specs.get(model);
        return spec != null ? spec : new ModelSpec(model, 1, "5m");
    }

    /** Asks the server what it has and what is loaded; an unreachable server opens the breaker. */
    public boolean refresh() {
        try {
            Map<String, Long> tags = new ConcurrentHashMap<>();
            for (Available a : service.available()) {
                tags.put(a.name(), a.sizeBytes());
            }
            Map<String, Loaded> ps = new ConcurrentHashMap<>();
            for (Loaded l : service.loaded()) {
                ps.put(l.name(), l);
                lastUsed.putIfAbsent(l.name(), clock.instant());
            }
            available = tags;
            loaded = ps;
            if (!reachable) {
                log.info("LLM tiers online: model server has {} models, {} loaded", tags.size(), ps.size());
            }
            reachable = true;
            refreshedAt = clock.instant();
            breaker.recordSuccess();
            return true;
        } catch (LlmException e) {
            if (reachable || refreshedAt == null) {
                log.warn("LLM tiers offline ({}): documents go through the rules tier only", e.kind().label());
            }
            reachable = false;
            refreshedAt = clock.instant();
            if (e.kind() == LlmException.Kind.OFFLINE) {
                breaker.recordFailure();
            }
            return false;
        }
    }

    /** Pulls the configured models the server lacks. */
    public void pullMissing() {
        for (String model : specs.keySet()) {
            if (!available.containsKey(model)) {
                try {
                    log.info("pulling model {}", model);
                    service.pull(model);
                } catch (LlmException e) {
                    log.warn("cannot pull model {}: {}", model, e.kind().label());
                }
            }
        }
        refresh();
    }

    /** Refreshes, unloads idle models and preloads busy ones. */
    public void maintain() {
        if (!refresh()) {
            return;
        }
        unloadIdle();
        preloadBusy();
    }

    private void unloadIdle() {
        Instant now = clock.instant();
        for (String model : loaded.keySet()) {
            Instant last = lastUsed.getOrDefault(model, now);
            boolean idle = inFlight.getOrDefault(model, new AtomicInteger()).get() == 0
                    && Duration.between(last, now).compareTo(settings.idleUnload()) > 0;
            if (specs.containsKey(model) && idle) {
                try {
                    service.unload(model);
                    log.info("unloaded model {} after {} idle", model, Duration.between(last, now));
                } catch (LlmException e) {
                    log.warn("cannot unload model {}: {}", model, e.kind().label());
                }
            }
        }
        refresh();
    }

    /** Loads the models asked for within the idle time that are not loaded and fit. */
    private void preloadBusy() {
        Instant now = clock.instant();
        for (String model : specs.keySet()) {
            Instant asked = lastAsked.get(model);
            boolean busy = asked != null && Duration.between(asked, now).compareTo(settings.idleUnload()) <= 0;
            if (busy && !loaded.containsKey(model) && available.containsKey(model) && fits(model)) {
                preload(model);
            }
        }
    }

    /** Loads a model now with its keep_alive, e.g. for a type whose queue is filling up. */
    public boolean preload(String model) {
        try {
            service.load(model, keepAlive(model));
            lastUsed.put(model, clock.instant());
            refresh();
            return true;
        } catch (LlmException e) {
            log.info("cannot preload model {}: {}", model, e.kind().label());
            return false;
        }
    }

    /** Starts maintenance on a daemon thread: pulls first when allowed, then maintains every interval. */
    public synchronized ModelManager start() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "model-manager");
                t.setDaemon(true);
                return t;
            });
            if (settings.pullMissing()) {
                scheduler.execute(() -> {
                    if (refresh()) {
                        pullMissing();
                    }
                });
            }
            long every = Math.max(1, settings.interval().toMillis());
            scheduler.scheduleWithFixedDelay(this::maintainQuietly, 0, every, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    private void maintainQuietly() {
        try {
            maintain();
        } catch (RuntimeException e) {
            log.warn("model maintenance failed: {}", e.toString());
        }
    }

    private long memoryUsed() {
        return loaded.values().stream().mapToLong(Loaded::sizeBytes).sum();
    }

    /** The view for the dashboard. */
    public ModelsState state() {
        List<ModelsState.ModelStatus> models = new ArrayList<>();
        for (ModelSpec spec : specs.values().stream().sorted(java.util.Comparator.comparing(ModelSpec::name)).toList()) {
            String m = spec.name();
            Loaded l = loaded.get(m);
            long size = l != null ? l.sizeBytes() : Optional.ofNullable(available.get(m)).orElse(0L);
            models.add(new ModelsState.ModelStatus(m, families.roles(m), available.containsKey(m), l != null, size,
                    spec.parallelism(), inFlight.getOrDefault(m, new AtomicInteger()).get(), spec.keepAlive(),
                    lastUsed.get(m)));
        }
        CircuitBreaker.Snapshot circuit = breaker.snapshot();
        return new ModelsState(reachable && circuit.online(), circuit, settings.memoryBudget(), memoryUsed(), refreshedAt,
                models);
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }
}
