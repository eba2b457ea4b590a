package io.taxstream.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taxstream.corpus.CorpusGenerator;
import io.taxstream.corpus.CorpusSpec;
import io.taxstream.corpus.CorpusWriter;
import io.taxstream.corpus.GeneratedDocument;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int exitCode, List<JsonNode> lines, String err) {
    }

    private static Run run(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new Taxstream()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .setExecutionExceptionHandler(new ErrorHandler()).execute(args);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return new Run(code, lines, err.toString());
    }

    @Test
    void shouldExtractAHundredFilesInOneCallAndKeepGoingPastBadOnes() throws Exception {
        List<GeneratedDocument> docs = new CorpusGenerator().generate(CorpusSpec.of(3, 12));
        assertThat(docs.size()).isGreaterThanOrEqualTo(100);
        CorpusWriter.write(dir, docs);
        List<String> names = docs.stream().map(GeneratedDocument::fileName).sorted().toList();

        Run run = run("extract", "--quiet", dir.toString(), "--passwords", dir.resolve("passwords.json").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.lines()).hasSize(docs.size());
        assertThat(run.lines()).extracting(l -> Path.of(l.get("source").asText()).getFileName().toString())
                .as("one line per file, in the order the folder lists them").containsExactlyElementsOf(names);
        assertThat(run.lines()).allSatisfy(l -> {
            assertThat(l.get("sha256").asText()).hasSize(64);
            assertThat(l.get("status").asText()).isIn("EXTRACTED", "NEEDS_REVIEW", "FAILED");
            assertThat(l.has("fields") && l.has("line_items") && l.has("validation") && l.has("attempts")).isTrue();
        });
        assertThat(run.lines()).filteredOn(l -> l.get("status").asText().equals("FAILED"))
                .isNotEmpty().allSatisfy(l -> assertThat(l.get("reason").asText()).isNotBlank());
    }

    @Test
    void shouldNameTheSourceAsGivenAndIdentifyByContent() throws Exception {
        GeneratedDocument payslip = new CorpusGenerator().generate(CorpusSpec.of(3, 1, CorpusSpec.Kind.PAYSLIP)).get(0);
        Path file = dir.resolve("scan0001.pdf");
        Files.write(file, payslip.content());

        Run run = run("extract", "--quiet", file.toString());

        JsonNode line = run.lines().get(0);
        assertThat(line.get("source").asText()).isEqualTo(file.toString());
        assertThat(line.get("document_id").asText()).isEqualTo(line.get("sha256").asText());
        assertThat(line.get("doc_type").asText()).isEqualTo("PAYSLIP");
    }

    @Test
    void shouldRefuseAMissingFileWithAClearMessage() throws Exception {
        Run run = run("extract", dir.resolve("nope.pdf").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such file or folder").contains("nope.pdf");
    }
}
