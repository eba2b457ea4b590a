package io.taxstream.topology;

import io.taxstream.avro.ClassifiedDocument;
import io.taxstream.avro.DocType;
import io.taxstream.avro.DocumentStatus;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.ExtractionStatus;
import io.taxstream.avro.RawDocument;
import io.taxstream.processors.pipeline.Pipeline;
import io.taxstream.topology.processors.CacheLookupProcessor;
import io.taxstream.topology.processors.CacheStoreUpdater;
import io.taxstream.topology.processors.CachedAnswer;
import io.taxstream.topology.processors.ClassifyProcessor;
import io.taxstream.topology.processors.Finished;
import io.taxstream.topology.processors.Finisher;
import io.taxstream.topology.processors.Intake;
import io.taxstream.topology.processors.PrepareProcessor;
import io.taxstream.topology.processors.PreparedIntake;
import io.taxstream.topology.processors.SpecialistOutcome;
import io.taxstream.topology.processors.SpecialistProcessor;
import io.taxstream.topology.processors.SpecialistWorkers;
import io.taxstream.topology.processors.StatusEvents;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.BranchedKStream;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The platform's topology: documents.raw → cache lookup → prepare → classify → one topic per
 * document type → a specialist per type → validate → extractions or review, with a
 * document-status event at each stage. Every node, store and internal topic is named here.
 * Building does no I/O.
 */
public final class TaxstreamTopology {

    private final Topics topics;
    private final Pipeline pipeline;
    private final SpecialistWorkers workers;
    private final TopologyOptions options;
    private final StreamsBuilder builder = new StreamsBuilder();

    private TaxstreamTopology(Topics topics, Pipeline pipeline, SpecialistWorkers workers, TopologyOptions options) {
        this.topics = topics;
        this.pipeline = pipeline;
        this.workers = workers;
        this.options = options;
    }

    public static Topology build(Topics topics, Pipeline pipeline, SpecialistWorkers workers, TopologyOptions options) {
        return new TaxstreamTopology(topics, pipeline, workers, options).build();
    }

    private Topology build() {
        if (options.router()) {
            router();
            Views.build(builder, topics);
        }
        for (DocType type : DocType.values()) {
            if (options.specialistTypes().contains(type)) {
                specialist(type);
            }
        }
        return builder.build();
    }

    private void router() {
        StoreBuilder<KeyValueStore<String, ExtractionResult>> cacheStore = Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(StoreNames.RESULT_CACHE), Serdes.String(),
                topics.resultCache().valueSerde()).withLoggingDisabled();
        Topic<String, ExtractionResult> cache = topics.resultCache();
        builder.addGlobalStore(cacheStore, cache.name(), cache.consumed("result-cache"), CacheStoreUpdater::new);

        KStream<String, RawDocument> raw = builder.stream(topics.raw().name(), topics.raw().consumed("raw-source"));
        String version = options.pipelineVersion();
        KStream<String, Intake> intake = raw.processValues(() -> new CacheLookupProcessor(version), Named.as("cache-lookup"));
        status(intake, "received", StatusEvents::received);

        BranchedKStream<String, Intake> byCache = intake.split(Named.as("cache-"));
        byCache.branch((id, in) -> in.cacheHit(), Branched.withConsumer(hits ->
                results(hits.mapValues(new CachedAnswer(), Named.as("cache-answer")), "cached"), "hit"));
        byCache.defaultBranch(Branched.withConsumer(this::prepareAndClassify, "miss"));
    }

    private void prepareAndClassify(KStream<String, Intake> misses) {
        KStream<String, PreparedIntake> prepared = misses.processValues(() -> new PrepareProcessor(pipeline), Named.as("prepare"));
        status(prepared, "prepared", StatusEvents::prepared);

        BranchedKStream<String, PreparedIntake> byOutcome = prepared.split(Named.as("prepare-"));
        byOutcome.branch((id, p) -> p.failed(), Branched.withConsumer(failed ->
                results(failed.mapValues(PreparedIntake::failure, Named.as("prepare-failure")), "unreadable"), "failed"));
        byOutcome.defaultBranch(Branched.withConsumer(readable -> {
            KStream<String, ClassifiedDocument> classified =
                    readable.processValues(() -> new ClassifyProcessor(pipeline), Named.as("classify"));
            status(classified, "classified", StatusEvents::classified);
            BranchedKStream<String, ClassifiedDocument> byType = classified.split(Named.as("route-"));
            for (DocType type : DocType.values()) {
                Topic<String, ClassifiedDocument> topic = topics.forType(type);
                String slug = StoreNames.slug(type);
                byType.branch((id, d) -> d.getDocType() == type, Branched.withConsumer(
                        s -> s.to(topic.name(), topic.produced("route-" + slug + "-sink")), slug));
            }
        }, "ok"));
    }

    private void specialist(DocType type) {
        String slug = StoreNames.slug(type);
        Topic<String, ClassifiedDocument> topic = topics.forType(type);
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.pending(type)),
                Serdes.String(), topic.valueSerde()));
        int maxInFlight = options.maxInFlight();
        long timeout = options.timeoutMillis();
        KStream<String, SpecialistOutcome> outcomes = builder
                .stream(topic.name(), topic.consumed("specialist-" + slug + "-source"))
                .process(() -> new SpecialistProcessor(type, pipeline, workers, maxInFlight, timeout),
                        Named.as("specialist-" + slug), StoreNames.pending(type));
        status(outcomes, slug + "-extracted", StatusEvents::extracted);
        KStream<String, Finished> finished = outcomes.mapValues(new Finisher(pipeline), Named.as("validate-" + slug));
        Topic<String, ExtractionResult> cache = topics.resultCache();
        finished.filter((id, f) -> f.cacheable(), Named.as(slug + "-cacheable"))
                .map((id, f) -> KeyValue.pair(f.cacheKey(), f.result()), Named.as(slug + "-cache-key"))
                .to(cache.name(), cache.produced(slug + "-cache-sink"));
        results(finished.mapValues(Finished::result, Named.as(slug + "-result")), slug);
    }

    /** Sends results to extractions (EXTRACTED) or review (the rest) and reports completion. */
    private void results(KStream<String, ExtractionResult> results, String prefix) {
        status(results, prefix + "-completed", StatusEvents::completed);
        BranchedKStream<String, ExtractionResult> byStatus = results.split(Named.as(prefix + "-result-"));
        byStatus.branch((id, r) -> r.getStatus() == ExtractionStatus.EXTRACTED, Branched.withConsumer(
                s -> s.to(topics.extractions().name(), topics.extractions().produced(prefix + "-extractions-sink")), "extracted"));
        byStatus.defaultBranch(Branched.withConsumer(
                s -> s.to(topics.review().name(), topics.review().produced(prefix + "-review-sink")), "review"));
    }

    private <V> void status(KStream<String, V> stream, String name, Function<V, DocumentStatus> event) {
        Topic<String, DocumentStatus> status = topics.status();
        stream.mapValues(event::apply, Named.as(name + "-status"))
                .to(status.name(), status.produced(name + "-status-sink"));
    }
}
