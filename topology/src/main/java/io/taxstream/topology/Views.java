package io.taxstream.topology;

import io.taxstream.avro.DocumentStatus;
import io.taxstream.avro.ExtractionResult;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Queryable views for the dashboard and the REST API: the latest status of every document and its
 * result, by document id. Their stores are read with interactive queries, across instances through
 * the Streams metadata.
 */
public final class Views {

    /** Latest stage event per document id. */
    public static final String STATUS_STORE = "document-status-store";
    /** Latest result (extractions or review) per document id. */
    public static final String RESULTS_STORE = "results-store";

    private Views() {
    }

    static void build(StreamsBuilder builder, Topics topics) {
        Topic<String, DocumentStatus> status = topics.status();
        builder.table(status.name(), status.consumed("status-view-source"),
                Materialized.<String, DocumentStatus, KeyValueStore<Bytes, byte[]>>as(STATUS_STORE)
                        .withKeySerde(status.keySerde()).withValueSerde(status.valueSerde()));

        Topic<String, ExtractionResult> extractions = topics.extractions();
        Topic<String, ExtractionResult> review = topics.review();
        KStream<String, ExtractionResult> results = builder
                .stream(extractions.name(), extractions.consumed("results-view-extractions-source"))
                .merge(builder.stream(review.name(), review.consumed("results-view-review-source")), Named.as("results-view-merge"));
        results.toTable(Named.as("results-view-table"),
                Materialized.<String, ExtractionResult, KeyValueStore<Bytes, byte[]>>as(RESULTS_STORE)
                        .withKeySerde(extractions.keySerde()).withValueSerde(extractions.valueSerde()));
    }
}
