package io.taxstream.dashboard.documents;

import com.fasterxml.jackson.databind.JsonNode;
import io.taxstream.avro.DocumentStatus;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.dashboard.Json;
import io.taxstream.dashboard.access.ApiError;
import io.taxstream.dashboard.feed.StageEvent;
import io.taxstream.topology.Views;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads this instance's status and result stores (interactive queries) and renders the values as
 * the dashboard shows them, masked. The store names in URLs are {@code status} and {@code result}.
 */
public final class LocalStores {

    public static final String STATUS = "status";
    public static final String RESULT = "result";

    private final Supplier<KafkaStreams> streams;

    public LocalStores(Supplier<KafkaStreams> streams) {
        this.streams = streams;
    }

    /** The Streams store behind a URL store name. */
    public static String storeName(String store) {
        return switch (store) {
            case STATUS -> Views.STATUS_STORE;
            case RESULT -> Views.RESULTS_STORE;
            default -> throw ApiError.of(404, "no store called " + store);
        };
    }

    /** The masked value for {@code id} in this instance's copy of {@code store}, if any. */
    public Optional<JsonNode> read(String store, String id) {
        String name = storeName(store);
        KafkaStreams s = running();
        try {
            if (STATUS.equals(store)) {
                ReadOnlyKeyValueStore<String, DocumentStatus> kv =
                        s.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.keyValueStore()));
                return Optional.ofNullable(kv.get(id)).map(v -> Json.MAPPER.valueToTree(StageEvent.of(v)));
            }
            ReadOnlyKeyValueStore<String, ExtractionResult> kv =
                    s.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.keyValueStore()));
            return Optional.ofNullable(kv.get(id)).map(ResultMasking::mask);
        } catch (InvalidStateStoreException e) {
            throw ApiError.of(503, "the document stores are not ready (streams " + s.state() + "); try again shortly");
        }
    }

    /** The instance, when it can answer queries. */
    KafkaStreams running() {
        KafkaStreams s = streams.get();
        if (s == null) {
            throw ApiError.of(503, "no worker runs in this process");
        }
        KafkaStreams.State state = s.state();
        if (state != KafkaStreams.State.RUNNING && state != KafkaStreams.State.REBALANCING) {
            throw ApiError.of(503, "the document stores are not ready (streams " + state + "); try again shortly");
        }
        return s;
    }
}
