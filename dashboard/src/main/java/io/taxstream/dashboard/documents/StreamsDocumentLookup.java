package io.taxstream.dashboard.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.taxstream.dashboard.Json;
import io.taxstream.dashboard.SafeText;
import io.taxstream.dashboard.feed.RecentDocuments;
import io.taxstream.dashboard.feed.StageEvent;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Finds documents with interactive queries of the status and result stores. The Streams metadata
 * says which instance holds a key; this instance's stores answer directly, another instance's
 * dashboard is asked over HTTP. The stage history comes from the feed, as far as it saw it.
 */
public final class StreamsDocumentLookup implements DocumentLookup {

    private final LocalStores local;
    private final Optional<HostInfo> self;
    private final PeerClient peers;
    private final RecentDocuments recent;

    /**
     * @param local  this instance's stores
     * @param self   this instance's application.server, when instances are to be asked
     * @param peers  asks other instances
     * @param recent stage histories from the feed
     */
    public StreamsDocumentLookup(LocalStores local, Optional<HostInfo> self, PeerClient peers, RecentDocuments recent) {
        this.local = local;
        this.self = self;
        this.peers = peers;
        this.recent = recent;
    }

    @Override
    public Optional<DocumentView> find(String id) {
        Answer status = ask(LocalStores.STATUS, id);
        Answer result = ask(LocalStores.RESULT, id);
        var history = recent.history(id);
        if (status.value().isEmpty() && result.value().isEmpty() && history.isEmpty()) {
            return Optional.empty();
        }
        StageEvent latest = status.value().map(StreamsDocumentLookup::stageEvent).orElse(null);
        String servedBy = result.value().isPresent() ? result.from() : status.from();
        return Optional.of(DocumentView.assemble(SafeText.id(id), latest, result.value().orElse(null), history, servedBy));
    }

    private record Answer(Optional<JsonNode> value, String from) {
    }

    private Answer ask(String store, String id) {
        KafkaStreams streams = local.running();
        Optional<HostInfo> owner = self.flatMap(me -> {
            KeyQueryMetadata md = streams.queryMetadataForKey(LocalStores.storeName(store), id, Serdes.String().serializer());
            return md == null || md.equals(KeyQueryMetadata.NOT_AVAILABLE) || md.activeHost().equals(me)
                    ? Optional.empty() : Optional.of(md.activeHost());
        });
        if (owner.isPresent()) {
            HostInfo host = owner.get();
            return new Answer(peers.fetch(host, store, id), host.host() + ":" + host.port());
        }
        return new Answer(local.read(store, id), "local");
    }

    private static StageEvent stageEvent(JsonNode node) {
        try {
            return Json.MAPPER.treeToValue(node, StageEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a status from the store cannot be read back", e);
        }
    }
}
