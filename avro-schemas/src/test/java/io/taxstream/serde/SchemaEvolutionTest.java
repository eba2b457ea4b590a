package io.taxstream.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every schema in {@code src/main/avro} must stay BACKWARD compatible with its last released copy in
 * {@code src/test/resources/released}: consumers on the current schema must read what producers on
 * the released one wrote. When a release ships, copy the current files over the released ones.
 */
class SchemaEvolutionTest {

    private static final Path CURRENT = Path.of("src/main/avro");
    private static final Path RELEASED = Path.of("src/test/resources/released");

    @TestFactory
    Stream<DynamicTest> currentSchemasShouldReadDataWrittenWithTheReleasedOnes() {
        final Map<String, Schema> current = AvscFiles.namedTypes(CURRENT);
        final Map<String, Schema> released = AvscFiles.namedTypes(RELEASED);
        assertThat(released).as("released schemas").isNotEmpty();
        return released.keySet().stream().map(name -> DynamicTest.dynamicTest(name,
            () -> assertThat(incompatibilities(current.get(name), released.get(name)))
                .as("incompatibilities of current %s with its released copy", name).isEmpty()));
    }

    @Test
    void shouldCoverEveryFileOfTheBuild() {
        assertThat(AvscFiles.namedTypes(CURRENT).keySet())
            .contains("io.taxstream.avro.RawDocument", "io.taxstream.avro.ExtractionResult", "io.taxstream.avro.DocType")
            .containsAll(AvscFiles.namedTypes(RELEASED).keySet());
    }

    @Test
    void shouldReportARequiredFieldAddedWithoutDefault() {
        final Schema released = parse("""
            {"type": "record", "name": "R", "fields": [{"name": "a", "type": "string"}]}""");
        final Schema current = parse("""
            {"type": "record", "name": "R", "fields": [{"name": "a", "type": "string"},
              {"name": "b", "type": "int"}]}""");
        assertThat(incompatibilities(current, released)).singleElement().asString()
            .contains("READER_FIELD_MISSING_DEFAULT").contains("b");
    }

    @Test
    void shouldReportAChangedTypeAndARemovedEnumSymbol() {
        final Schema released = parse("""
            {"type": "record", "name": "R", "fields": [{"name": "a", "type": "string"},
              {"name": "e", "type": {"type": "enum", "name": "E", "symbols": ["X", "Y"]}}]}""");
        final Schema current = parse("""
            {"type": "record", "name": "R", "fields": [{"name": "a", "type": "int"},
              {"name": "e", "type": {"type": "enum", "name": "E", "symbols": ["X"]}}]}""");
        assertThat(incompatibilities(current, released)).hasSize(2)
            .anySatisfy(p -> assertThat(p).contains("TYPE_MISMATCH").contains("/fields/0"))
            .anySatisfy(p -> assertThat(p).contains("MISSING_ENUM_SYMBOLS").contains("Y"));
    }

    @Test
    void shouldReportAReleasedTypeThatWasRemoved() {
        assertThat(incompatibilities(null, parse("{\"type\": \"enum\", \"name\": \"E\", \"symbols\": [\"X\"]}")))
            .containsExactly("type was removed");
    }

    @Test
    void shouldAcceptAFieldAddedWithDefault() {
        final Schema released = parse("""
            {"type": "record", "name": "R", "fields": [{"name": "a", "type": "string"}]}""");
        final Schema current = parse("""
            {"type": "record", "name": "R", "fields": [{"name": "a", "type": "string"},
              {"name": "b", "type": ["null", "string"], "default": null}]}""");
        assertThat(incompatibilities(current, released)).isEmpty();
    }

    /** Reader = current, writer = released; one line per incompatibility. */
    static List<String> incompatibilities(final Schema current, final Schema released) {
        if (current == null) {
            return List.of("type was removed");
        }
        final List<String> problems = new ArrayList<>();
        for (final Incompatibility i : SchemaCompatibility.checkReaderWriterCompatibility(current, released)
                .getResult().getIncompatibilities()) {
            problems.add(i.getType() + " at " + i.getLocation() + ": " + i.getMessage());
        }
        return problems;
    }

    private static Schema parse(final String json) {
        return new Schema.Parser().parse(json);
    }
}
