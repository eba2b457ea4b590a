package io.taxstream.corpus.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.corpus.GeneratedDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same seed gives a holdout set byte-identical documents and files, through the API and its
 * command line; another seed gives others; the command line refuses bad arguments.
 */
public abstract class AbstractHoldoutDeterminismTest {

    /** The set's generator. */
    protected abstract List<GeneratedDocument> generate(long seed, int perLayout);

    /** Runs the set's command line. */
    protected abstract int run(String[] args, PrintStream out, PrintStream err) throws IOException;

    /** The command's name, as its usage shows it. */
    protected abstract String command();

    /** How many layouts the set has. */
    protected abstract int layouts();

    @Test
    void shouldGenerateIdenticalDocumentsForTheSameSeed() {
        List<GeneratedDocument> first = generate(99, 1);
        List<GeneratedDocument> second = generate(99, 1);
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
        List<GeneratedDocument> one = generate(1, 1);
        List<GeneratedDocument> two = generate(2, 1);
        assertThat(one).hasSameSizeAs(two);
        long same = 0;
        for (GeneratedDocument a : one) {
            same += two.stream().filter(b -> Arrays.equals(a.content(), b.content())).count();
        }
        assertThat(same).isZero();
    }

    @Test
    void shouldWriteIdenticalFilesThroughTheCommandLine(@TempDir Path a, @TempDir Path b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertThat(run(new String[] {"--out", a.toString(), "--seed", "5", "--per-layout", "1"}, ps, ps)).isZero();
        assertThat(run(new String[] {"--out", b.toString(), "--seed", "5", "--per-layout", "1"}, ps, ps)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrote");
        try (Stream<Path> files = Files.list(a)) {
            List<Path> all = files.toList();
            assertThat(all.stream().filter(p -> p.toString().endsWith(".truth.json"))).hasSize(layouts());
            assertThat(all.stream().filter(p -> p.toString().endsWith(".pdf"))).hasSize(layouts());
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
        assertThat(run(new String[] {"--seed", "3"}, ps, ps)).isEqualTo(2);
        assertThat(run(new String[] {"--bogus"}, ps, ps)).isEqualTo(2);
        assertThat(run(new String[] {"--out"}, ps, ps)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: " + command() + " ");
        assertThat(run(new String[] {"--help"}, ps, ps)).isZero();
    }
}
