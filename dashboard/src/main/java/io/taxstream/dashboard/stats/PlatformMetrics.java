package io.taxstream.dashboard.stats;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.taxstream.avro.Attempt;
import io.taxstream.avro.DocumentStatus;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.dashboard.feed.FeedListener;
import io.taxstream.dashboard.feed.Stages;
import io.taxstream.processors.validate.Redactor;
import io.taxstream.topology.processors.StatusEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The platform's own Prometheus metrics ({@code taxstream_*}), derived from the document-status and
 * result streams. Labels are bounded vocabularies only (document type, status, stage, tier,
 * outcome), never an id, a name, a file name or a value from a document.
 *
 * <ul>
 *   <li>{@code taxstream_documents_total{doc_type,status}}: documents that reached their final state</li>
 *   <li>{@code taxstream_cache_hits_total{doc_type}}: of those, answered from the result cache</li>
 *   <li>{@code taxstream_stage_duration_seconds{stage,doc_type}}: time spent in a stage (histogram)</li>
 *   <li>{@code taxstream_document_latency_seconds{doc_type}}: submission to final state (histogram)</li>
 *   <li>{@code taxstream_cascade_attempts_total{doc_type,tier,outcome}}: extraction tier attempts</li>
 * </ul>
 */
public final class PlatformMetrics implements FeedListener {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9_.:-]{1,40}");
    private static final Duration[] BUCKETS = {
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
        Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofSeconds(300)};

    private final MeterRegistry registry;
    private final Instant since;

    /**
     * @param registry where the meters go
     * @param since    results completed before this are not counted (the feed reads the review
     *                 topic from its start, to count the review queue)
     */
    public PlatformMetrics(MeterRegistry registry, Instant since) {
        this.registry = registry;
        this.since = since;
    }

    @Override
    public void onStatus(DocumentStatus s) {
        String stage = Stages.known(s.getStage());
        String type = s.getDocType() == null ? "UNKNOWN" : s.getDocType().name();
        if (Stages.isFinal(stage)) {
            String status = s.getStatus() == null ? "UNKNOWN" : s.getStatus().name();
            Counter.builder("taxstream.documents").description("documents that reached their final state")
                    .tag("doc_type", type).tag("status", status).register(registry).increment();
            if (StatusEvents.CACHE_HIT.equals(stage)) {
                Counter.builder("taxstream.cache.hits").description("documents answered from the result cache")
                        .tag("doc_type", type).register(registry).increment();
            }
            timer("taxstream.document.latency", "time from submission to final state").tag("doc_type", type)
                    .register(registry).record(s.getMillis(), TimeUnit.MILLISECONDS);
        } else if (s.getMillis() > 0) {
            timer("taxstream.stage.duration", "time a document spent in a stage").tag("stage", stage).tag("doc_type", type)
                    .register(registry).record(s.getMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void onResult(ExtractionResult r, boolean review) {
        if (r.getCompletedAt() != null && r.getCompletedAt().isBefore(since)) {
            return;
        }
        String type = r.getDocType().name();
        for (Attempt a : r.getAttempts()) {
            Counter.builder("taxstream.cascade.attempts").description("extraction attempts per cascade tier and outcome")
                    .tag("doc_type", type).tag("tier", label(a.getTier())).tag("outcome", label(a.getOutcome()))
                    .register(registry).increment();
        }
    }

    private static Timer.Builder timer(String name, String description) {
        return Timer.builder(name).description(description).serviceLevelObjectives(BUCKETS);
    }

    /** A tier or outcome name if it looks like one; anything else is {@code other}. */
    static String label(String value) {
        if (value == null) {
            return "none";
        }
        String lower = value.toLowerCase(Locale.ROOT);
        boolean identifierLike = !Redactor.redact(value).equals(value) || lower.matches(".*\\d{5,}.*");
        return LABEL.matcher(lower).matches() && !identifierLike ? lower : "other";
    }
}
