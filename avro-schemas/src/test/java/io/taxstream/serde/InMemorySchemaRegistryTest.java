package io.taxstream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxstream.avro.ModelStats;
import io.taxstream.avro.RawDocument;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class InMemorySchemaRegistryTest {

    private static final Schema V1 = SchemaBuilderSupport.OLD_MODEL_STATS;
    private static final Schema V2 = ModelStats.getClassSchema();
    private static final Schema INCOMPATIBLE = new Schema.Parser().parse("""
        {"type": "record", "name": "ModelStats", "namespace": "io.taxstream.avro", "fields": [
          {"name": "extractor", "type": "int"}, {"name": "accuracy", "type": "double"}]}""");

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();

    @Test
    void shouldGiveIncreasingIdsAndPerSubjectVersions() {
        assertThat(registry.register("stats-value", V1)).isEqualTo(1);
        assertThat(registry.register("stats-value", V2)).isEqualTo(2);
        assertThat(registry.register("raw-value", RawDocument.getClassSchema())).isEqualTo(3);

        assertThat(registry.versions("stats-value")).containsExactly(1, 2);
        assertThat(registry.latest("stats-value")).isEqualTo(new RegisteredSchema("stats-value", 2, 2, V2));
        assertThat(registry.version("stats-value", 1).schema()).isEqualTo(V1);
        assertThat(registry.getById(3)).isEqualTo(RawDocument.getClassSchema());
        assertThat(registry.subjects()).containsExactly("raw-value", "stats-value");
    }

    @Test
    void shouldGiveTheSameSchemaTheSameIdEverywhere() {
        final int id = registry.register("a-value", V2);
        assertThat(registry.register("a-value", new Schema.Parser().parse(V2.toString()))).isEqualTo(id);
        assertThat(registry.register("b-value", V2)).isEqualTo(id);
        assertThat(registry.versions("a-value")).containsExactly(1);
        assertThat(registry.latest("b-value").version()).isEqualTo(1);
    }

    @Test
    void shouldRejectAnIncompatibleSchemaAndKeepTheSubjectUnchanged() {
        registry.register("stats-value", V2);
        assertThatThrownBy(() -> registry.register("stats-value", INCOMPATIBLE))
            .isInstanceOfSatisfying(IncompatibleSchemaException.class, e -> {
                assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.INCOMPATIBLE_SCHEMA);
                assertThat(e.httpStatus()).isEqualTo(409);
                assertThat(e.incompatibilities()).anySatisfy(p -> assertThat(p).contains("TYPE_MISMATCH"));
                assertThat(e).hasMessageContaining("stats-value");
            });
        assertThat(registry.versions("stats-value")).containsExactly(1);
        assertThat(registry.isCompatible("stats-value", INCOMPATIBLE)).isFalse();
        assertThat(registry.isCompatible("stats-value", V2)).isTrue();
        assertThat(registry.isCompatible("no-such-subject", INCOMPATIBLE)).isTrue();
    }

    @Test
    void shouldAcceptAnyChangeWhenTheSubjectLevelIsNone() {
        registry.register("stats-value", V2);
        registry.setCompatibility("stats-value", CompatibilityLevel.NONE);
        assertThat(registry.register("stats-value", INCOMPATIBLE)).isEqualTo(2);
        assertThat(registry.compatibility("stats-value")).isEqualTo(CompatibilityLevel.NONE);
        assertThat(registry.compatibility("other")).isEqualTo(CompatibilityLevel.BACKWARD);
    }

    @Test
    void shouldCheckForwardCompatibilityWhenAsked() {
        registry.setCompatibility(null, CompatibilityLevel.FORWARD);
        registry.register("stats-value", V2);
        // Under FORWARD, readers of the latest schema must read data of the new one: dropping a
        // field that the latest schema requires (no default) breaks them, though it is BACKWARD-safe.
        final Schema removesRequiredField = new Schema.Parser().parse("""
            {"type": "record", "name": "ModelStats", "namespace": "io.taxstream.avro", "fields": [
              {"name": "extractor", "type": "string"}]}""");
        assertThat(registry.isCompatible("stats-value", removesRequiredField)).isFalse();
        assertThat(CompatibilityLevel.BACKWARD.incompatibilities(removesRequiredField, List.of(V2))).isEmpty();
    }

    @Test
    void shouldNameWhatWasNotFound() {
        registry.register("stats-value", V2);
        assertThatThrownBy(() -> registry.versions("nope")).isInstanceOfSatisfying(SchemaRegistryException.class,
            e -> assertThat(e.errorCode()).isEqualTo(SchemaRegistryException.SUBJECT_NOT_FOUND))
            .hasMessage("Subject 'nope' not found.");
        assertThatThrownBy(() -> registry.version("stats-value", 7)).isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(40402));
        assertThatThrownBy(() -> registry.getById(99)).isInstanceOfSatisfying(SchemaRegistryException.class,
            e -> assertThat(e.isNotFound()).isTrue()).hasMessage("Schema 99 not found.");
    }

    @Test
    void shouldReplayStoredRegistrationsAndContinueAfterThem() {
        registry.load(new RegisteredSchema("stats-value", 1, 5, V1));
        registry.load(new RegisteredSchema("stats-value", 2, 9, V2));
        registry.load(new RegisteredSchema("stats-value", 2, 9, V2));
        registry.loadCompatibility("raw-value", CompatibilityLevel.FULL);

        assertThat(registry.versions("stats-value")).containsExactly(1, 2);
        assertThat(registry.register("raw-value", RawDocument.getClassSchema())).isEqualTo(10);
        assertThat(registry.register("copy-value", V1)).isEqualTo(5);
        assertThat(registry.compatibility("raw-value")).isEqualTo(CompatibilityLevel.FULL);
        assertThatThrownBy(() -> registry.load(new RegisteredSchema("x-value", 1, 5, V2)))
            .isInstanceOf(SchemaRegistryException.class).hasMessageContaining("id 5");
    }

    @Test
    void shouldWriteTheJournalBeforeApplyingAndApplyNothingWhenItFails() {
        final List<RegisteredSchema> written = new ArrayList<>();
        final boolean[] failing = {false};
        final InMemorySchemaRegistry journaled = new InMemorySchemaRegistry(new InMemorySchemaRegistry.Journal() {
            @Override
            public void schemaRegistered(final RegisteredSchema registration) {
                if (failing[0]) {
                    throw new SchemaRegistryException(SchemaRegistryException.STORE_ERROR, "disk full");
                }
                written.add(registration);
            }

            @Override
            public void compatibilitySet(final String subject, final CompatibilityLevel level) {
            }
        });
        journaled.register("stats-value", V1);
        journaled.register("stats-value", V1);
        failing[0] = true;
        assertThatThrownBy(() -> journaled.register("stats-value", V2)).hasMessage("disk full");

        assertThat(written).containsExactly(new RegisteredSchema("stats-value", 1, 1, V1));
        assertThat(journaled.versions("stats-value")).containsExactly(1);
        failing[0] = false;
        assertThat(journaled.register("stats-value", V2)).isEqualTo(2);
    }

    @Test
    void shouldParseCompatibilityLevelsCaseInsensitively() {
        assertThat(CompatibilityLevel.parse(" full_transitive ")).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
        assertThatThrownBy(() -> CompatibilityLevel.parse("SIDEWAYS")).isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.errorCode()).isEqualTo(42203));
    }
}
