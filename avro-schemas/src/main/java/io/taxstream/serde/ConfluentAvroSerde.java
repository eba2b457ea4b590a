package io.taxstream.serde;

import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka {@link Serde} of a generated Avro record in the Confluent wire format (magic byte 0,
 * 4-byte schema id, Avro binary), compatible with Confluent's {@code SpecificAvroSerde}.
 *
 * <p>Give it a registry ({@code new ConfluentAvroSerde<>(RawDocument.class, registry)}), or none and
 * configure it with {@link RegistryClientConfig#URL_CONFIG} through {@link #configure(Map, boolean)}.
 * It serves values unless configured with {@code isKey = true}.
 *
 * @param <T> the generated record class
 */
public final class ConfluentAvroSerde<T extends SpecificRecord> implements Serde<T> {

    private final ConfluentAvroSerializer<T> serializer;
    private final ConfluentAvroDeserializer<T> deserializer;

    /** Creates a serde of {@code type} using a registry. */
    public ConfluentAvroSerde(final Class<T> type, final SchemaRegistryClient registry) {
        this.serializer = new ConfluentAvroSerializer<>(type, registry);
        this.deserializer = new ConfluentAvroDeserializer<>(type, registry);
    }

    /** Creates a serde of {@code type} whose registry comes from {@link #configure(Map, boolean)}. */
    public ConfluentAvroSerde(final Class<T> type) {
        this(type, null);
    }

    @Override
    public void configure(final Map<String, ?> configs, final boolean isKey) {
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    @Override
    public Serializer<T> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<T> deserializer() {
        return deserializer;
    }
}
