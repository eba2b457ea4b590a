package io.taxstream.serde;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes specific records in the Confluent wire format. On first use per topic it registers the
 * record's schema under {@code <topic>-value} (or {@code <topic>-key}) and caches the id; after that
 * a call touches no registry. Thread-safe: the datum writer is shared, the buffer and encoder are
 * reused per thread. {@code null} is written as {@code null} (tombstone).
 *
 * @param <T> the generated record class
 */
public final class ConfluentAvroSerializer<T extends SpecificRecord> implements Serializer<T> {

    /** A thread keeps its buffer between calls unless it grew past this (a multi-MB document). */
    private static final int RETAINED_BUFFER_BYTES = 1 << 20;

    private final Class<T> type;
    private final Schema schema;
    private final SpecificDatumWriter<T> writer;
    private final Map<String, Integer> idsByTopic = new ConcurrentHashMap<>();
    private final ThreadLocal<Encoding> encodings = ThreadLocal.withInitial(Encoding::new);
    private volatile SchemaRegistryClient registry;
    private volatile boolean isKey;

    /**
     * Creates a serializer of values.
     *
     * @param registry the registry, or null to make one from {@link RegistryClientConfig#URL_CONFIG}
     *     in {@link #configure(Map, boolean)}
     */
    public ConfluentAvroSerializer(final Class<T> type, final SchemaRegistryClient registry) {
        AvroTrust.ensureTrusted();
        this.type = Objects.requireNonNull(type, "type");
        final SpecificData model = SpecificData.getForClass(type);
        this.schema = model.getSchema(type);
        this.writer = new SpecificDatumWriter<>(schema, model);
        this.registry = registry;
    }

    @Override
    public void configure(final Map<String, ?> configs, final boolean isKey) {
        this.isKey = isKey;
        if (registry == null) {
            final Object url = configs.get(RegistryClientConfig.URL_CONFIG);
            registry = SchemaRegistries.fromUrl(url == null ? null : url.toString(), configs);
        }
    }

    @Override
    public byte[] serialize(final String topic, final T data) {
        if (data == null) {
            return null;
        }
        final int id = schemaId(topic);
        final Encoding encoding = encodings.get();
        final GrowableOutput out = encoding.out;
        out.reset();
        out.write(WireFormat.MAGIC_BYTE);
        out.writeInt(id);
        try {
            encoding.encoder = EncoderFactory.get().binaryEncoder(out, encoding.encoder);
            writer.write(data, encoding.encoder);
            encoding.encoder.flush();
        } catch (IOException | RuntimeException e) {
            encodings.remove();
            throw new SerializationException("Could not encode " + type.getName() + " for topic '" + topic
                + "' with schema id " + id, e);
        }
        final byte[] bytes = out.toByteArray();
        if (out.capacity() > RETAINED_BUFFER_BYTES) {
            encodings.remove();
        }
        return bytes;
    }

    private int schemaId(final String topic) {
        if (topic == null) {
            throw new SerializationException("A topic is needed to serialize " + type.getName());
        }
        final Integer cached = idsByTopic.get(topic);
        if (cached != null) {
            return cached;
        }
        final SchemaRegistryClient client = registry;
        if (client == null) {
            throw new SerializationException("Serializer of " + type.getName() + " has no schema registry: pass one "
                + "or configure " + RegistryClientConfig.URL_CONFIG);
        }
        final String subject = WireFormat.subject(topic, isKey);
        try {
            final int id = client.register(subject, schema);
            idsByTopic.putIfAbsent(topic, id);
            return id;
        } catch (SchemaRegistryException e) {
            throw new SerializationException("Could not register the schema of " + type.getName()
                + " under subject '" + subject + "': " + e.getMessage(), e);
        }
    }

    /** One thread's reusable buffer and encoder. */
    private static final class Encoding {
        private final GrowableOutput out = new GrowableOutput(8 * 1024);
        private BinaryEncoder encoder;
    }
}
