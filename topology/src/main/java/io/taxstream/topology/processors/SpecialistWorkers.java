package io.taxstream.topology.processors;

import io.taxstream.avro.DocType;
import io.taxstream.topology.StoreNames;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The worker threads of the specialists: one bounded pool per document type, so that a slow type
 * (waiting on a model) never stalls another. Pools start on first use and stop on {@link #close}.
 */
public final class SpecialistWorkers implements AutoCloseable {

    private final int parallelism;
    private final Map<DocType, ExecutorService> pools = new EnumMap<>(DocType.class);

    public SpecialistWorkers(int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("specialist parallelism must be at least 1: " + parallelism);
        }
        this.parallelism = parallelism;
    }

    public synchronized ExecutorService forType(DocType type) {
        return pools.computeIfAbsent(type, t -> Executors.newFixedThreadPool(parallelism, threads(t)));
    }

    public int parallelism() {
        return parallelism;
    }

    private static ThreadFactory threads(DocType type) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "specialist-" + StoreNames.slug(type) + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public synchronized void close() {
        pools.values().forEach(ExecutorService::shutdownNow);
        pools.clear();
    }
}
