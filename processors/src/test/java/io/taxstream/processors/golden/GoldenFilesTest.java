package io.taxstream.processors.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.ExtractionStatus;
import io.taxstream.processors.config.Config;
import io.taxstream.processors.eval.Comparison;
import io.taxstream.processors.eval.Truth;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.pipeline.DocumentMeta;
import io.taxstream.processors.pipeline.Hashing;
import io.taxstream.processors.pipeline.Pipeline;
import io.taxstream.processors.pipeline.Pipelines;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: {@code golden/<type>/<case>.pdf} (or {@code .txt}) beside
 * {@code <case>.expected.json} in the contract's shape; one test per pair. The whole pipeline
 * runs (loading, classification, extraction, validation): the document must be classified as
 * its type, carry every expected field and item with the expected value, make up nothing, and
 * be EXTRACTED.
 */
class GoldenFilesTest {

    private static final Pipeline PIPELINE = Pipelines.standard(Config.defaults());

    @TestFactory
    Stream<DynamicTest> everyGoldenDocumentExtractsAsExpected() throws IOException, URISyntaxException {
        Path root = Path.of(GoldenFilesTest.class.getResource("/golden").toURI());
        List<Path> documents;
        try (Stream<Path> walk = Files.walk(root)) {
            documents = walk.filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(documents).hasSizeGreaterThanOrEqualTo(10);
        return documents.stream().map(doc -> DynamicTest.dynamicTest(root.relativize(doc).toString(), () -> check(doc)));
    }

    private static void check(Path document) throws IOException {
        String name = document.getFileName().toString();
        Path expectedFile = document.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
        Truth expected = Truth.read(expectedFile);
        byte[] content = Files.readAllBytes(document);
        String sha = Hashing.sha256Hex(content);
        ExtractionResult result = PIPELINE.process(new DocumentMeta(sha, name, sha, Instant.now(), Map.of()),
                DocumentInput.of(content));
        Truth actual = Truth.of(result);

        assertThat(actual.type()).as("doc_type").isEqualTo(expected.type());
        List<String> problems = new ArrayList<>();
        expected.fields().forEach((field, value) -> {
            String got = actual.fields().get(field);
            if (got == null || !Comparison.sameField(expected.type(), field, value, got)) {
                problems.add(field + ": expected '" + value + "' but got '" + got + "'");
            }
        });
        actual.fields().keySet().stream().filter(f -> !expected.fields().containsKey(f))
                .forEach(f -> problems.add(f + ": not in the document, but extracted as '" + actual.fields().get(f) + "'"));
        List<Truth.ItemValues> unmatched = new ArrayList<>(actual.items());
        for (Truth.ItemValues item : expected.items()) {
            if (!unmatched.removeIf(new java.util.function.Predicate<>() {
                private boolean done;

                @Override
                public boolean test(Truth.ItemValues candidate) {
                    if (!done && Comparison.sameItem(item, candidate)) {
                        done = true;
                        return true;
                    }
                    return false;
                }
            })) {
                problems.add("missing item " + item);
            }
        }
        unmatched.forEach(i -> problems.add("unexpected item " + i));
        assertThat(problems).as("differences from " + expectedFile.getFileName()).isEmpty();
        assertThat(result.getStatus()).as("status (%s)", result.getReason()).isEqualTo(ExtractionStatus.EXTRACTED);
    }
}
