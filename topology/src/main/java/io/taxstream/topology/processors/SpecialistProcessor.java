package io.taxstream.topology.processors;

import io.taxstream.avro.ClassifiedDocument;
import io.taxstream.avro.DocType;
import io.taxstream.processors.classify.Classification;
import io.taxstream.processors.extract.Extraction;
import io.taxstream.processors.extract.TierAttempt;
import io.taxstream.processors.model.Document;
import io.taxstream.processors.pipeline.Pipeline;
import io.taxstream.processors.pipeline.PreparedDocuments;
import io.taxstream.topology.StoreNames;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A specialist stage that works on several documents at once without leaving exactly-once:
 * a document taken from the per-type topic is first written to a changelogged pending store (in
 * the same transaction as its input offset), then extracted on the type's worker pool; finished
 * documents are forwarded, and deleted from the store, by a punctuator. After a crash or a
 * rebalance, {@link #init} finds the unfinished documents in the store and starts them again, so
 * each input yields exactly one output. A document that runs past the timeout is forwarded as
 * unfinished, for review.
 */
public final class SpecialistProcessor implements Processor<String, ClassifiedDocument, String, SpecialistOutcome> {

    private static final Logger log = LoggerFactory.getLogger(SpecialistProcessor.class);
    private static final Duration DRAIN_INTERVAL = Duration.ofMillis(20);

    private final DocType type;
    private final Pipeline pipeline;
    private final SpecialistWorkers workers;
    private final int maxInFlight;
    private final long timeoutMillis;
    private final Map<String, InFlight> inFlight = new LinkedHashMap<>();
    private ProcessorContext<String, SpecialistOutcome> context;
    private KeyValueStore<String, ClassifiedDocument> pending;

    private record InFlight(String documentKey, ClassifiedDocument document, long timestamp,
                            Future<SpecialistOutcome> future, long deadline) {
    }

    public SpecialistProcessor(DocType type, Pipeline pipeline, SpecialistWorkers workers, int maxInFlight,
                               long timeoutMillis) {
        this.type = type;
        this.pipeline = pipeline;
        this.workers = workers;
        this.maxInFlight = Math.max(1, maxInFlight);
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public void init(ProcessorContext<String, SpecialistOutcome> context) {
        this.context = context;
        this.pending = context.getStateStore(StoreNames.pending(type));
        context.schedule(DRAIN_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> drain());
        int resumed = 0;
        try (KeyValueIterator<String, ClassifiedDocument> it = pending.all()) {
            while (it.hasNext()) {
                var entry = it.next();
                start(entry.key, entry.value.getDocumentId(), entry.value, context.currentSystemTimeMs());
                resumed++;
            }
        }
        if (resumed > 0) {
            log.info("specialist {} resumed {} unfinished documents of task {}", StoreNames.slug(type), resumed,
                    context.taskId());
        }
    }

    @Override
    public void process(Record<String, ClassifiedDocument> record) {
        String pendingKey = pendingKey(record);
        pending.put(pendingKey, record.value());
        start(pendingKey, record.key(), record.value(), record.timestamp());
        drain();
        while (inFlight.size() >= maxInFlight) {
            awaitOldest();
            drain();
        }
    }

    /** Unique per input record and ordered by arrival, so resumed documents keep their order. */
    private String pendingKey(Record<String, ClassifiedDocument> record) {
        return context.recordMetadata()
                .map(m -> String.format(Locale.ROOT, "%05d-%020d", m.partition(), m.offset()))
                .orElseGet(() -> "t-" + record.timestamp() + "-" + record.value().getDocumentId());
    }

    private void start(String pendingKey, String documentKey, ClassifiedDocument document, long timestamp) {
        long startNanos = System.nanoTime();
        Future<SpecialistOutcome> future = workers.forType(type).submit(() -> work(document, startNanos));
        inFlight.put(pendingKey, new InFlight(documentKey, document, timestamp, future,
                System.currentTimeMillis() + timeoutMillis));
    }

    private SpecialistOutcome work(ClassifiedDocument in, long startNanos) {
        Document document = PreparedDocuments.fromAvro(in.getDocument());
        Classification classification = new Classification(in.getDocType(), in.getClassifierConfidence(), in.getClassifier());
        Extraction extraction = pipeline.extract(document, classification, Metas.of(in));
        return new SpecialistOutcome(in, extraction, (System.nanoTime() - startNanos) / 1_000_000);
    }

    /** Forwards every finished document, and gives up on those past their deadline. */
    private void drain() {
        long now = System.currentTimeMillis();
        Iterator<Map.Entry<String, InFlight>> it = inFlight.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, InFlight> e = it.next();
            InFlight f = e.getValue();
            if (f.future().isDone() || now >= f.deadline()) {
                finish(e.getKey(), f, outcome(f));
                it.remove();
            }
        }
    }

    private void awaitOldest() {
        InFlight oldest = inFlight.values().iterator().next();
        try {
            oldest.future().get(Math.max(0, oldest.deadline() - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException | CancellationException e) {
            // drain() turns these into an outcome
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private SpecialistOutcome outcome(InFlight f) {
        if (!f.future().isDone()) {
            f.future().cancel(true);
            return unfinished(f, "timeout", "specialist took longer than " + timeoutMillis + " ms");
        }
        try {
            return f.future().get();
        } catch (ExecutionException e) {
            log.warn("specialist {} failed on document {}: {}", StoreNames.slug(type), f.document().getDocumentId(),
                    e.getCause().getClass().getName());
            return unfinished(f, "error", "specialist error (" + e.getCause().getClass().getSimpleName() + ")");
        } catch (CancellationException | InterruptedException e) {
            return unfinished(f, "error", "specialist interrupted");
        }
    }

    private SpecialistOutcome unfinished(InFlight f, String outcome, String note) {
        Extraction none = Extraction.none("none", note)
                .withAttempts(List.of(new TierAttempt("specialist", null, outcome, timeoutMillis, note)));
        return new SpecialistOutcome(f.document(), none, timeoutMillis);
    }

    private void finish(String pendingKey, InFlight f, SpecialistOutcome outcome) {
        context.forward(new Record<>(f.documentKey(), outcome, f.timestamp()));
        pending.delete(pendingKey);
    }

    @Override
    public void close() {
        // unfinished work stays in the pending store; whoever owns the task next starts it again
        inFlight.values().forEach(f -> f.future().cancel(true));
        inFlight.clear();
    }
}
