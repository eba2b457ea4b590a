package io.taxstream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxstream.avro.DocType;
import io.taxstream.avro.ModelStats;
import io.taxstream.avro.RawDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ConfluentAvroSerdeTest {

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    @TestFactory
    Stream<DynamicTest> shouldRoundTripEveryGeneratedRecord() {
        return SampleRecords.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(
            e.getKey().getSimpleName(), () -> assertThat(roundTrip(e.getKey(), e.getValue())).isEqualTo(e.getValue())));
    }

    @Test
    void shouldHaveASampleForEveryGeneratedRecordClass() throws IOException, URISyntaxException {
        final Path dir = Path.of(RawDocument.class.getResource("RawDocument.class").toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            final var recordClasses = files.map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".class") && !n.contains("$"))
                .map(n -> load(AvroTrust.GENERATED_PACKAGE + "." + n.substring(0, n.length() - ".class".length())))
                .filter(c -> SpecificRecord.class.isAssignableFrom(c) && !c.isEnum())
                .toList();
            assertThat(recordClasses).hasSizeGreaterThanOrEqualTo(7);
            assertThat(SampleRecords.all().keySet()).containsAll(recordClasses.stream()
                .map(c -> c.asSubclass(SpecificRecord.class)).toList());
        }
    }

    @Test
    void shouldWriteConfluentWireFormatWithTheRegisteredId() {
        registry.register("other-value", SchemaBuilderSupport.OLD_MODEL_STATS);
        final ConfluentAvroSerde<RawDocument> serde = new ConfluentAvroSerde<>(RawDocument.class, registry);
        final byte[] bytes = serde.serializer().serialize("documents.raw", SampleRecords.raw(16));

        final RegisteredSchema latest = registry.latest("documents.raw-value");
        assertThat(latest.id()).isEqualTo(2);
        assertThat(latest.schema()).isEqualTo(RawDocument.getClassSchema());
        assertThat(bytes[0]).isEqualTo((byte) 0);
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(2);
        assertThat(bytes.length).isGreaterThan(5 + 16);
    }

    @Test
    void shouldRegisterUnderTheKeySubjectWhenConfiguredForKeys() {
        final String name = "serde-keys-" + System.nanoTime();
        final ConfluentAvroSerde<ModelStats> serde = new ConfluentAvroSerde<>(ModelStats.class);
        serde.configure(Map.of(RegistryClientConfig.URL_CONFIG, SchemaRegistries.MEMORY_SCHEME + name), true);
        final byte[] bytes = serde.serializer().serialize("model-stats", SampleRecords.modelStats());

        assertThat(SchemaRegistries.memory(name).subjects()).containsExactly("model-stats-key");
        assertThat(serde.deserializer().deserialize("model-stats", bytes)).isEqualTo(SampleRecords.modelStats());
        SchemaRegistries.dropMemory(name);
    }

    @Test
    void shouldReadDataWrittenWithAnOlderSchemaUsingTheCurrentOne() throws IOException {
        final Schema old = SchemaBuilderSupport.OLD_MODEL_STATS;
        final int oldId = registry.register("model-stats-value", old);
        final GenericRecord written = new GenericData.Record(old);
        written.put("doc_type", new GenericData.EnumSymbol(old.getField("doc_type").schema(), "PAYSLIP"));
        written.put("extractor", "rules");
        written.put("fields_checked", 17L);

        final ModelStats read = new ConfluentAvroDeserializer<>(ModelStats.class, registry)
            .deserialize("model-stats", wire(oldId, old, written));

        assertThat(read.getDocType()).isEqualTo(DocType.PAYSLIP);
        assertThat(read.getExtractor()).isEqualTo("rules");
        assertThat(read.getFieldsChecked()).isEqualTo(17L);
        assertThat(read.getDocuments()).isZero();
        assertThat(read.getUpdatedAt()).isNull();
        assertThat(registry.isCompatible("model-stats-value", ModelStats.getClassSchema())).isTrue();
    }

    @Test
    void shouldPassTombstonesThrough() {
        final ConfluentAvroSerde<RawDocument> serde = new ConfluentAvroSerde<>(RawDocument.class, registry);
        assertThat(serde.serializer().serialize("documents.raw", null)).isNull();
        assertThat(serde.deserializer().deserialize("documents.raw", null)).isNull();
        assertThat(registry.subjects()).isEmpty();
    }

    @Test
    void shouldRejectAnUnknownMagicByteWithoutShowingThePayload() {
        final byte[] bytes = "{\"pan\":\"ABCDE1234F\",\"password\":\"secret\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new ConfluentAvroDeserializer<>(RawDocument.class, registry)
            .deserialize("documents.raw", bytes))
            .isInstanceOf(SerializationException.class)
            .hasMessageContaining("magic byte 123")
            .hasMessageContaining("documents.raw")
            .hasMessageNotContaining("ABCDE1234F")
            .hasMessageNotContaining("secret");
    }

    @Test
    void shouldRejectAPayloadTooShortForTheHeader() {
        assertThatThrownBy(() -> new ConfluentAvroDeserializer<>(RawDocument.class, registry)
            .deserialize("documents.raw", new byte[] {0, 0, 1}))
            .isInstanceOf(SerializationException.class)
            .hasMessageContaining("3 bytes")
            .hasMessageContaining("too short");
    }

    @Test
    void shouldNameTheIdWhenTheWriterSchemaIsUnknown() {
        assertThatThrownBy(() -> new ConfluentAvroDeserializer<>(RawDocument.class, registry)
            .deserialize("documents.raw", new byte[] {0, 0, 0, 0, 42, 2, 3}))
            .isInstanceOf(SerializationException.class)
            .hasMessageContaining("schema id 42")
            .hasRootCauseInstanceOf(SchemaRegistryException.class);
    }

    @Test
    void shouldFailCleanlyOnTruncatedAvroData() {
        final ConfluentAvroSerde<RawDocument> serde = new ConfluentAvroSerde<>(RawDocument.class, registry);
        final byte[] bytes = serde.serializer().serialize("documents.raw", SampleRecords.raw(1000));
        final byte[] truncated = java.util.Arrays.copyOf(bytes, 40);
        assertThatThrownBy(() -> serde.deserializer().deserialize("documents.raw", truncated))
            .isInstanceOf(SerializationException.class)
            .hasMessageContaining("Could not decode io.taxstream.avro.RawDocument from topic 'documents.raw'");
    }

    @Test
    void shouldAskTheRegistryOncePerTopicAndOncePerId() {
        final CountingRegistry counting = new CountingRegistry(registry);
        final ConfluentAvroSerde<ModelStats> serde = new ConfluentAvroSerde<>(ModelStats.class, counting);
        for (int i = 0; i < 50; i++) {
            for (final String topic : new String[] {"stats-a", "stats-b"}) {
                final byte[] bytes = serde.serializer().serialize(topic, SampleRecords.modelStats());
                assertThat(serde.deserializer().deserialize(topic, bytes)).isEqualTo(SampleRecords.modelStats());
            }
        }
        assertThat(counting.registers).hasValue(2);
        assertThat(counting.lookups).hasValue(1);
    }

    @Test
    void shouldRoundTripAMultiMegabyteDocument() {
        final RawDocument big = SampleRecords.raw(12 * 1024 * 1024);
        assertThat(roundTrip(RawDocument.class, big)).isEqualTo(big);
        final RawDocument small = SampleRecords.raw(10);
        assertThat(roundTrip(RawDocument.class, small)).isEqualTo(small);
    }

    @SuppressWarnings("unchecked")
    private <T extends SpecificRecord> T roundTrip(final Class<T> type, final SpecificRecord record) {
        final ConfluentAvroSerde<T> serde = new ConfluentAvroSerde<>(type, registry);
        final byte[] bytes = serde.serializer().serialize("topic-" + type.getSimpleName(), (T) record);
        return serde.deserializer().deserialize("topic-" + type.getSimpleName(), bytes);
    }

    private static byte[] wire(final int id, final Schema schema, final GenericRecord record) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.write(ByteBuffer.allocate(4).putInt(id).array());
        final BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    private static Class<?> load(final String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
