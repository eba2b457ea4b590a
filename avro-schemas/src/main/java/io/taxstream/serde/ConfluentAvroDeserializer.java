package io.taxstream.serde;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads specific records from the Confluent wire format: the writer schema is fetched by id (once,
 * then cached with its datum reader) and resolved against {@code T}'s schema, so data written with an
 * older or newer compatible schema reads fine. Thread-safe; decoders are reused per thread.
 * {@code null} reads as {@code null}. Malformed input gives a {@link SerializationException} that
 * describes it without ever including the payload (it may hold a document).
 *
 * @param <T> the generated record class
 */
public final class ConfluentAvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {

    private final Class<T> type;
    private final SpecificData model;
    private final Schema readerSchema;
    private final Map<Integer, SpecificDatumReader<T>> readersById = new ConcurrentHashMap<>();
    private final ThreadLocal<BinaryDecoder> decoders = new ThreadLocal<>();
    private volatile SchemaRegistryClient registry;

    /**
     * Creates a deserializer.
     *
     * @param registry the registry, or null to make one from {@link RegistryClientConfig#URL_CONFIG}
     *     in {@link #configure(Map, boolean)}
     */
    public ConfluentAvroDeserializer(final Class<T> type, final SchemaRegistryClient registry) {
        AvroTrust.ensureTrusted();
        this.type = Objects.requireNonNull(type, "type");
        this.model = SpecificData.getForClass(type);
        this.readerSchema = model.getSchema(type);
        this.registry = registry;
    }

    @Override
    public void configure(final Map<String, ?> configs, final boolean isKey) {
        if (registry == null) {
            final Object url = configs.get(RegistryClientConfig.URL_CONFIG);
            registry = SchemaRegistries.fromUrl(url == null ? null : url.toString(), configs);
        }
    }

    @Override
    public T deserialize(final String topic, final byte[] data) {
        if (data == null) {
            return null;
        }
        if (data.length < WireFormat.HEADER_SIZE) {
            throw new SerializationException("Record of " + data.length + " bytes from topic '" + topic
                + "' is too short for the Confluent wire format (5-byte header) of " + type.getName());
        }
        if (data[0] != WireFormat.MAGIC_BYTE) {
            throw new SerializationException("Unknown magic byte " + data[0] + " in a record from topic '" + topic
                + "': not the Confluent Avro wire format expected for " + type.getName());
        }
        final int id = ((data[1] & 0xff) << 24) | ((data[2] & 0xff) << 16) | ((data[3] & 0xff) << 8)
            | (data[4] & 0xff);
        final SpecificDatumReader<T> reader = readerFor(id, topic);
        final BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(data, WireFormat.HEADER_SIZE,
            data.length - WireFormat.HEADER_SIZE, decoders.get());
        decoders.set(decoder);
        try {
            return reader.read(null, decoder);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Could not decode " + type.getName() + " from topic '" + topic
                + "' with writer schema id " + id + " (" + data.length + " bytes)", e);
        }
    }

    private SpecificDatumReader<T> readerFor(final int id, final String topic) {
        final SpecificDatumReader<T> cached = readersById.get(id);
        if (cached != null) {
            return cached;
        }
        final SchemaRegistryClient client = registry;
        if (client == null) {
            throw new SerializationException("Deserializer of " + type.getName() + " has no schema registry: pass "
                + "one or configure " + RegistryClientConfig.URL_CONFIG);
        }
        final Schema writerSchema;
        try {
            writerSchema = client.getById(id);
        } catch (SchemaRegistryException e) {
            throw new SerializationException("Could not fetch writer schema id " + id + " of a record from topic '"
                + topic + "': " + e.getMessage(), e);
        }
        final SpecificDatumReader<T> reader = new SpecificDatumReader<>(writerSchema, readerSchema, model);
        final SpecificDatumReader<T> raced = readersById.putIfAbsent(id, reader);
        return raced == null ? reader : raced;
    }
}
