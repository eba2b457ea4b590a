package io.taxstream.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCorpusTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void shouldExplainItsOptionsOnHelp() throws IOException {
        int code = run("--help");
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--out DIR", "--seed", "--per-type", "--types",
                "FORM_16", "ENCRYPTED");
    }

    @Test
    void shouldRefuseToRunWithoutAnOutputFolder() throws IOException {
        assertThat(run("--seed", "3")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--out DIR is required");
    }

    @Test
    void shouldWriteEachDocumentBesideItsTruthWithPasswordsAndHints(@TempDir Path dir) throws IOException {
        assertThat(run("--out", dir.toString(), "--seed", "4", "--per-type", "2", "--types", "payslip,ENCRYPTED"))
                .isZero();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.toList();
        }
        List<Path> documents = files.stream().filter(f -> !f.toString().endsWith(".json")).toList();
        assertThat(documents).hasSize(4);
        for (Path d : documents) {
            String name = d.getFileName().toString();
            Path truth = dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".truth.json");
            assertThat(new ObjectMapper().readValue(truth.toFile(), Map.class)).containsKeys("doc_type", "fields",
                    "line_items");
        }
        Map<?, ?> passwords = new ObjectMapper().readValue(dir.resolve("passwords.json").toFile(), Map.class);
        Map<?, ?> hints = new ObjectMapper().readValue(dir.resolve("hints.json").toFile(), Map.class);
        assertThat(passwords).hasSize(2);
        assertThat(hints.keySet()).isEqualTo(passwords.keySet());
    }

    private int run(String... args) throws IOException {
        return GenerateCorpus.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
