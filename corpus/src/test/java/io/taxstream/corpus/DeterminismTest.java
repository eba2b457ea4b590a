package io.taxstream.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same seed gives byte-identical output; another seed gives other documents. */
class DeterminismTest {

    @Test
    void shouldGenerateIdenticalBytesForTheSameSeed() {
        List<GeneratedDocument> first = new CorpusGenerator().generate(CorpusSpec.of(7, 6));
        List<GeneratedDocument> second = new CorpusGenerator().generate(CorpusSpec.of(7, 6));
        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).fileName()).isEqualTo(first.get(i).fileName());
            assertThat(second.get(i).content()).as(first.get(i).fileName()).isEqualTo(first.get(i).content());
            assertThat(second.get(i).truth()).isEqualTo(first.get(i).truth());
        }
    }

    @Test
    void shouldWriteIdenticalFilesForTheSameSeed(@TempDir Path a, @TempDir Path b) throws IOException {
        CorpusWriter.write(a, new CorpusGenerator().generate(CorpusSpec.of(11, 3)));
        CorpusWriter.write(b, new CorpusGenerator().generate(CorpusSpec.of(11, 3)));
        try (Stream<Path> files = Files.list(a)) {
            for (Path f : files.toList()) {
                assertThat(Files.readAllBytes(b.resolve(f.getFileName()))).as(f.getFileName().toString())
                        .isEqualTo(Files.readAllBytes(f));
            }
        }
    }

    @Test
    void shouldGenerateDifferentDocumentsForAnotherSeed() {
        GeneratedDocument one = new CorpusGenerator().generate(CorpusSpec.of(1, 1, CorpusSpec.Kind.FORM_16)).get(0);
        GeneratedDocument two = new CorpusGenerator().generate(CorpusSpec.of(2, 1, CorpusSpec.Kind.FORM_16)).get(0);
        assertThat(two.content()).isNotEqualTo(one.content());
    }
}
