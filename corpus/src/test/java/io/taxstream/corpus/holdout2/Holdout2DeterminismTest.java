package io.taxstream.corpus.holdout2;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.corpus.GeneratedDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same seed gives byte-identical second-holdout documents and files; another seed gives others. */
class Holdout2DeterminismTest {

    @Test
    void shouldGenerateIdenticalDocumentsForTheSameSeed() {
        List<GeneratedDocument> first = Holdout2Corpus.generate(99, 1);
        List<GeneratedDocument> second = Holdout2Corpus.generate(99, 1);
        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).fileName()).isEqualTo(first.get(i).fileName());
            assertThat(second.get(i).layout()).isEqualTo(first.get(i).layout());
            assertThat(second.get(i).content()).as(first.get(i).fileName()).isEqualTo(first.get(i).content());
            assertThat(second.get(i).truth()).isEqualTo(first.get(i).truth());
        }
    }

    @Test
    void shouldGenerateOtherDocumentsForAnotherSeed() {
        List<GeneratedDocument> one = Holdout2Corpus.generate(1, 1);
        List<GeneratedDocument> two = Holdout2Corpus.generate(2, 1);
        assertThat(one).hasSameSizeAs(two);
        long same = 0;
        for (GeneratedDocument a : one) {
            same += two.stream().filter(b -> java.util.Arrays.equals(a.content(), b.content())).count();
        }
        assertThat(same).isZero();
    }

    @Test
    void shouldWriteIdenticalFilesThroughTheCommandLine(@TempDir Path a, @TempDir Path b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertThat(GenerateHoldout2.run(new String[] {"--out", a.toString(), "--seed", "5", "--per-layout", "1"}, ps,
                ps)).isZero();
        assertThat(GenerateHoldout2.run(new String[] {"--out", b.toString(), "--seed", "5", "--per-layout", "1"}, ps,
                ps)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrote");
        int layouts = new Holdout2Layouts().all().size();
        try (Stream<Path> files = Files.list(a)) {
            List<Path> all = files.toList();
            assertThat(all.stream().filter(p -> p.toString().endsWith(".truth.json"))).hasSize(layouts);
            assertThat(all.stream().filter(p -> p.toString().endsWith(".pdf"))).hasSize(layouts);
            for (Path f : all) {
                assertThat(Files.readAllBytes(b.resolve(f.getFileName()))).as(f.getFileName().toString())
                        .isEqualTo(Files.readAllBytes(f));
            }
        }
    }

    @Test
    void shouldRefuseBadArguments() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(GenerateHoldout2.run(new String[] {"--seed", "3"}, ps, ps)).isEqualTo(2);
        assertThat(GenerateHoldout2.run(new String[] {"--bogus"}, ps, ps)).isEqualTo(2);
        assertThat(GenerateHoldout2.run(new String[] {"--out"}, ps, ps)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: GenerateHoldout2");
        assertThat(GenerateHoldout2.run(new String[] {"--help"}, ps, ps)).isZero();
    }
}
