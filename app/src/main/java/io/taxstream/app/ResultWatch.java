package io.taxstream.app;

import io.taxstream.avro.ExtractionResult;
import io.taxstream.topology.Topics;
import io.taxstream.topology.client.ResultReader;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Follows the extractions and review topics (committed results only) in the background and
 * counts the results of a set of documents, so that a command can wait for them.
 */
final class ResultWatch implements AutoCloseable {

    private final Set<String> expected;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Summary summary = new Summary();
    private final CountDownLatch done;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Thread thread;

    ResultWatch(String bootstrapServers, Topics topics, Set<String> expected, Consumer<ExtractionResult> onResult) {
        this.expected = Set.copyOf(expected);
        this.done = new CountDownLatch(expected.isEmpty() ? 0 : 1);
        ResultReader reader = new ResultReader(bootstrapServers, List.of(topics.extractions(), topics.review()));
        this.thread = new Thread(() -> {
            try (reader) {
                reader.read(true, stop::get, r -> {
                    if (this.expected.contains(r.getDocumentId()) && seen.add(r.getDocumentId())) {
                        summary.add(r);
                        onResult.accept(r);
                        if (seen.size() == this.expected.size()) {
                            done.countDown();
                        }
                    }
                });
            }
        }, "result-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until every expected document has a result, or the timeout passes; true when all arrived. */
    boolean await(Duration timeout) throws InterruptedException {
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    int received() {
        return seen.size();
    }

    Summary summary() {
        return summary;
    }

    @Override
    public void close() throws InterruptedException {
        stop.set(true);
        thread.join(5_000);
    }
}
