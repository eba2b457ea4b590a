package io.taxstream.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.ClassifiedDocument;
import io.taxstream.avro.DocType;
import io.taxstream.avro.DocumentStatus;
import io.taxstream.avro.ExtractionResult;
import io.taxstream.avro.ExtractionStatus;
import io.taxstream.corpus.CorpusGenerator;
import io.taxstream.corpus.CorpusSpec;
import io.taxstream.corpus.GeneratedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaxstreamTopologyTest {

    private static List<GeneratedDocument> corpus;
    private TopologyFixture fx;

    @BeforeAll
    static void generate() {
        corpus = new CorpusGenerator().generate(CorpusSpec.of(11, 1));
    }

    @BeforeEach
    void start() throws Exception {
        fx = TopologyFixture.all();
    }

    @AfterEach
    void stop() throws Exception {
        fx.close();
    }

    private static GeneratedDocument first(String docType) {
        return corpus.stream().filter(d -> d.docType().equals(docType) && d.password().isEmpty()
                && !d.truth().containsKey("expected_status")).findFirst().orElseThrow();
    }

    @Test
    void shouldNameEveryNodeStoreAndTopicExplicitly() throws IOException {
        String described = fx.topology.describe().toString();
        assertThat(described).doesNotContainPattern("KSTREAM-|KTABLE-|KSTREAM_|-\\d{10}");
        if (Boolean.getBoolean("taxstream.updateGolden")) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("src/test/resources/topology.txt"), described);
        }
        try (InputStream golden = getClass().getResourceAsStream("/topology.txt")) {
            assertThat(golden).as("src/test/resources/topology.txt pins the topology's names").isNotNull();
            assertThat(described.strip()).isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
    }

    @Test
    void shouldRouteEveryDocumentTypeToItsOwnTopic() {
        Set<DocType> types = EnumSet.allOf(DocType.class);
        Map<String, DocType> expected = new HashMap<>();
        for (DocType type : types) {
            GeneratedDocument d = first(type.name());
            expected.put("id-" + type, type);
            fx.submit("id-" + type, d.content());
        }
        fx.results(types.size());
        for (DocType type : types) {
            List<TestRecord<String, ClassifiedDocument>> routed = fx.byType.get(type).readRecordsToList();
            assertThat(routed).as("documents.%s", type).extracting(TestRecord::key).containsExactly("id-" + type);
            assertThat(routed.get(0).value().getDocType()).isEqualTo(type);
        }
    }

    @Test
    void shouldSendAnUnknownDocumentToReview() {
        fx.submit("near-miss", first("UNKNOWN").content());
        List<TestRecord<String, ExtractionResult>> results = fx.results(1);
        assertThat(fx.review.isEmpty()).isTrue();
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.value().getDocType()).isEqualTo(DocType.UNKNOWN);
            assertThat(r.value().getStatus()).isEqualTo(ExtractionStatus.NEEDS_REVIEW);
            assertThat(r.value().getFields()).isEmpty();
        });
    }

    @Test
    void shouldFailUnreadableDocumentsWithAReason() {
        fx.submit("empty", new byte[0]);
        fx.submit("not-a-pdf", "\u0000\u0001binary\u0002".getBytes(StandardCharsets.ISO_8859_1));
        fx.submit("corrupt", "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.ISO_8859_1));
        List<TestRecord<String, ExtractionResult>> results = fx.results(3);
        assertThat(results).hasSize(3).allSatisfy(r -> {
            assertThat(r.value().getStatus()).isEqualTo(ExtractionStatus.FAILED);
            assertThat(r.value().getReason()).isNotBlank();
        });
        Map<String, String> reasons = results.stream().collect(Collectors.toMap(TestRecord::key, r -> r.value().getReason()));
        assertThat(reasons.get("empty")).contains("empty");
        assertThat(reasons.get("not-a-pdf")).contains("not a PDF");
        assertThat(reasons.get("corrupt")).containsIgnoringCase("corrupt");
    }

    @Test
    void shouldSendExtractedDocumentsToExtractionsAndTheRestToReview() {
        fx.submit("payslip", first("PAYSLIP").content());
        fx.submit("empty", new byte[0]);
        List<TestRecord<String, ExtractionResult>> results = fx.results(2);
        assertThat(results).hasSize(2);
        Map<String, ExtractionStatus> status = results.stream().collect(Collectors.toMap(TestRecord::key, r -> r.value().getStatus()));
        assertThat(status).containsEntry("payslip", ExtractionStatus.EXTRACTED).containsEntry("empty", ExtractionStatus.FAILED);
    }

    @Test
    void shouldAnswerAResubmittedIdenticalDocumentFromTheCache() {
        byte[] form16 = first("FORM_16").content();
        fx.submit("first", form16);
        ExtractionResult original = fx.results(1).get(0).value();
        fx.submit("again", form16);
        ExtractionResult cached = fx.results(1).get(0).value();
        assertThat(cached.getFromCache()).isTrue();
        assertThat(cached.getDocumentId()).isEqualTo("again");
        assertThat(cached.getFields()).isEqualTo(original.getFields());
        assertThat(cached.getStatus()).isEqualTo(original.getStatus());
        assertThat(fx.byType.get(DocType.FORM_16).readRecordsToList()).as("the second never reaches a specialist").hasSize(1);
    }

    @Test
    void shouldNeverAnswerAPasswordProtectedDocumentFromTheCache() {
        GeneratedDocument locked = corpus.stream().filter(d -> d.password().isPresent() && !d.hints().isEmpty()
                && !d.truth().containsKey("expected_status")).findFirst().orElseThrow();
        fx.submit("locked-1", locked.content(), locked.password().get(), Map.of());
        assertThat(fx.results(1).get(0).value().getStatus()).isNotEqualTo(ExtractionStatus.FAILED);
        fx.submit("locked-2", locked.content());
        ExtractionResult withoutPassword = fx.results(1).get(0).value();
        assertThat(withoutPassword.getFromCache()).isFalse();
        assertThat(withoutPassword.getStatus()).isEqualTo(ExtractionStatus.FAILED);
    }

    @Test
    void shouldOpenALockedDocumentWithAPasswordDerivedFromHints() {
        GeneratedDocument locked = corpus.stream().filter(d -> d.password().isPresent() && !d.hints().isEmpty()
                && !d.truth().containsKey("expected_status")).findFirst().orElseThrow();
        fx.submit("hinted", locked.content(), null, locked.hints());
        assertThat(fx.results(1).get(0).value().getStatus()).isNotEqualTo(ExtractionStatus.FAILED);
    }

    @Test
    void shouldKeepThePasswordOutOfEveryRecordItWrites() {
        GeneratedDocument locked = corpus.stream().filter(d -> d.password().isPresent() && !d.truth().containsKey("expected_status"))
                .findFirst().orElseThrow();
        fx.submit("locked", locked.content(), locked.password().get(), Map.of());
        fx.results(1);
        for (var topic : fx.byType.values()) {
            topic.readRecordsToList().forEach(r -> assertThat(r.headers().lastHeader(Topics.PASSWORD_HEADER)).isNull());
        }
        fx.status.readRecordsToList().forEach(r -> assertThat(r.headers().lastHeader(Topics.PASSWORD_HEADER)).isNull());
    }

    @Test
    void shouldSkipUndeserialisableRecordsWithoutAResult() {
        fx.rawBytes.pipeInput("garbage".getBytes(StandardCharsets.UTF_8), new byte[] {0, 0, 0, 0, 99, 1, 2, 3});
        fx.submit("payslip", first("PAYSLIP").content());
        assertThat(fx.results(1)).extracting(TestRecord::key).containsExactly("payslip");
    }

    @Test
    void shouldReportEveryStageOfADocument() {
        fx.submit("payslip", first("PAYSLIP").content());
        fx.results(1);
        List<String> stages = fx.status.readRecordsToList().stream().map(TestRecord::value)
                .filter(s -> s.getDocumentId().equals("payslip")).map(DocumentStatus::getStage).toList();
        assertThat(stages).containsExactly("received", "prepared", "classified", "extracted", "completed");
    }
}
