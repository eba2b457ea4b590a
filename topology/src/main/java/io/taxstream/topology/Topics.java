package io.taxstream.topology;

import io.taxstream.avro.ClassifiedDocument;
import io.taxstream.avro.DocType;
import io.taxstream.avro.DocumentStatus;
import io.taxstream.avro.ExtractionFeedback;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.RawDocument;
import io.taxstream.serde.ConfluentAvroSerde;
import io.taxstream.serde.SchemaRegistryClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The registry of every topic the platform reads or writes, with its serdes. Document type →
 * topic is data ({@link #forType}); every topic name is defined here once.
 */
public final class Topics {

    public static final String RAW = "documents.raw";
    public static final String DLQ = "documents.dlq";
    public static final String EXTRACTIONS = "extractions";
    public static final String REVIEW = "review";
    public static final String STATUS = "document-status";
    public static final String FEEDBACK = "feedback";
    public static final String RESULT_CACHE = "result-cache";
    /** The Kafka header a producer puts a document's password in; the prepare stage strips it. */
    public static final String PASSWORD_HEADER = "taxstream.password";

    /** Room for multi-MB PDFs (and their prepared text) in one record. */
    public static final int MAX_RECORD_BYTES = 32 * 1024 * 1024;

    private final Topic<String, RawDocument> raw;
    private final Map<DocType, Topic<String, ClassifiedDocument>> byType = new EnumMap<>(DocType.class);
    private final Topic<String, ExtractionResult> extractions;
    private final Topic<String, ExtractionResult> review;
    private final Topic<String, DocumentStatus> status;
    private final Topic<String, ExtractionFeedback> feedback;
    private final Topic<String, ExtractionResult> resultCache;
    private final Topic<byte[], byte[]> dlq;

    public Topics(SchemaRegistryClient registry) {
        Map<String, String> large = Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_RECORD_BYTES));
        raw = new Topic<>(RAW, Serdes.String(), avro(RawDocument.class, registry), large);
        Serde<ClassifiedDocument> classified = avro(ClassifiedDocument.class, registry);
        for (DocType type : DocType.values()) {
            byType.put(type, new Topic<>(typeTopicName(type), Serdes.String(), classified, large));
        }
        Serde<ExtractionResult> results = avro(ExtractionResult.class, registry);
        extractions = new Topic<>(EXTRACTIONS, Serdes.String(), results, Map.of());
        review = new Topic<>(REVIEW, Serdes.String(), results, Map.of());
        status = new Topic<>(STATUS, Serdes.String(), avro(DocumentStatus.class, registry),
                Map.of(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(7L * 24 * 3600 * 1000)));
        feedback = new Topic<>(FEEDBACK, Serdes.String(), avro(ExtractionFeedback.class, registry), Map.of());
        resultCache = new Topic<>(RESULT_CACHE, Serdes.String(), results,
                Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        dlq = new Topic<>(DLQ, Serdes.ByteArray(), Serdes.ByteArray(), large);
    }

    /** The per-type topic's name, e.g. {@code documents.form16}, {@code documents.bank-statement}. */
    public static String typeTopicName(DocType type) {
        return "documents." + StoreNames.slug(type);
    }

    private static <T extends SpecificRecord> Serde<T> avro(Class<T> type, SchemaRegistryClient registry) {
        return new ConfluentAvroSerde<>(type, registry);
    }

    public Topic<String, RawDocument> raw() {
        return raw;
    }

    public Topic<String, ClassifiedDocument> forType(DocType type) {
        return byType.get(type);
    }

    public Topic<String, ExtractionResult> extractions() {
        return extractions;
    }

    public Topic<String, ExtractionResult> review() {
        return review;
    }

    public Topic<String, DocumentStatus> status() {
        return status;
    }

    public Topic<String, ExtractionFeedback> feedback() {
        return feedback;
    }

    public Topic<String, ExtractionResult> resultCache() {
        return resultCache;
    }

    public Topic<byte[], byte[]> dlq() {
        return dlq;
    }

    /** Every topic, for creation at start. */
    public List<Topic<?, ?>> all() {
        List<Topic<?, ?>> all = new ArrayList<>();
        all.add(raw);
        all.addAll(byType.values());
        Collections.addAll(all, extractions, review, status, feedback, resultCache, dlq);
        return List.copyOf(all);
    }
}
