package io.taxstream.topology.processors;

import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.RawDocument;
import io.taxstream.processors.pipeline.DocumentMeta;
import io.taxstream.processors.pipeline.Hashing;
import io.taxstream.topology.StoreNames;
import io.taxstream.topology.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * First stage: digests the bytes, takes the password out of the record's headers, and looks the
 * document up in the result cache (sha256 + pipeline version).
 */
public final class CacheLookupProcessor implements FixedKeyProcessor<String, RawDocument, Intake> {

    private final String pipelineVersion;
    private FixedKeyProcessorContext<String, Intake> context;
    private KeyValueStore<String, ExtractionResult> cache;

    public CacheLookupProcessor(String pipelineVersion) {
        this.pipelineVersion = pipelineVersion;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Intake> context) {
        this.context = context;
        this.cache = context.getStateStore(StoreNames.RESULT_CACHE);
    }

    @Override
    public void process(FixedKeyRecord<String, RawDocument> record) {
        RawDocument raw = record.value();
        String sha256 = Hashing.sha256Hex(raw.getContent());
        String id = raw.getDocumentId() != null && !raw.getDocumentId().isBlank() ? raw.getDocumentId()
                : record.key() != null && !record.key().isBlank() ? record.key() : sha256;
        DocumentMeta meta = new DocumentMeta(id, raw.getSource(), sha256, raw.getSubmittedAt(),
                raw.getMetadata() == null ? Map.of() : raw.getMetadata());
        String cacheKey = Hashing.cacheKey(sha256, pipelineVersion);
        Header password = record.headers().lastHeader(Topics.PASSWORD_HEADER);
        String pw = password == null || password.value() == null ? null : new String(password.value(), StandardCharsets.UTF_8);
        ExtractionResult cached = cache.get(cacheKey);
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.remove(Topics.PASSWORD_HEADER);
        context.forward(record.withValue(new Intake(raw, meta, cacheKey, pw, cached)).withHeaders(headers));
    }
}
