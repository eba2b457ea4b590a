package io.taxstream.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxstream.corpus.testkit.ContractShape;
import io.taxstream.corpus.testkit.Truths;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The corpus covers every type with enough layouts, names reveal nothing, and truths use the contract's names. */
class CorpusShapeTest {

    private static final Map<String, Integer> MIN_LAYOUTS = Map.of("FORM_16", 5, "PAYSLIP", 5, "BANK_STATEMENT", 4,
            "INTEREST_CERTIFICATE", 4, "CAPITAL_GAINS", 4, "INVESTMENT_PROOF", 4, "UNKNOWN", 8);
    private static final List<String> TELLING_WORDS = List.of("form", "pay", "slip", "salary", "bank", "statement",
            "interest", "gain", "proof", "unknown", "bad", "lock", "traces", "invoice", "receipt", "cert");

    @Test
    void shouldCoverEveryTypeWithTheRequiredNumberOfDistinctLayouts() {
        Map<String, Set<String>> layouts = Fixtures.CORPUS.corpus().stream().collect(Collectors.groupingBy(
                GeneratedDocument::docType, Collectors.mapping(GeneratedDocument::layout, Collectors.toSet())));
        MIN_LAYOUTS.forEach((type, min) -> assertThat(layouts.get(type)).as(type).hasSizeGreaterThanOrEqualTo(min));
    }

    @Test
    void shouldNameFilesWithoutRevealingTypeOrLayout() {
        List<String> names = Fixtures.CORPUS.corpus().stream().map(GeneratedDocument::fileName).toList();
        assertThat(names).doesNotHaveDuplicates();
        for (String name : names) {
            String stem = name.substring(0, name.lastIndexOf('.')).toLowerCase(Locale.ROOT);
            assertThat(TELLING_WORDS).as(name).noneMatch(w -> stem.replaceAll("[0-9]{4,}", "").contains(w));
        }
    }

    @Test
    void shouldUseOnlyTheContractsFieldNamesAndNoFieldsForUnknownDocuments() {
        for (GeneratedDocument d : Fixtures.CORPUS.corpus()) {
            if (d.docType().equals("UNKNOWN")) {
                assertThat(Truths.fields(d)).as(d.layout()).isEmpty();
                assertThat((List<?>) d.truth().get("line_items")).isEmpty();
            } else {
                assertThat(ContractShape.FIELDS.get(d.docType())).as(d.layout()).containsAll(Truths.fields(d).keySet());
            }
        }
    }

    @Test
    void shouldOpenEveryReadablePdfWithPdfBox() throws IOException {
        for (GeneratedDocument d : Fixtures.CORPUS.readable()) {
            if (!d.isPlainText()) {
                try (PDDocument pdf = Loader.loadPDF(d.content(), d.password().orElse(""))) {
                    assertThat(pdf.getNumberOfPages()).as(d.layout()).isPositive();
                }
            }
        }
    }

    @Test
    void shouldMakeLockedDocumentsUnopenableWithoutTheirPasswordAndDerivableFromHints() {
        List<GeneratedDocument> locked = Fixtures.CORPUS.corpus().stream().filter(d -> d.password().isPresent())
                .toList();
        assertThat(locked).isNotEmpty();
        for (GeneratedDocument d : locked) {
            assertThatThrownBy(() -> Loader.loadPDF(d.content()).close()).as(d.layout()).isInstanceOf(IOException.class);
            String expected = d.hints().containsKey("pan") ? d.hints().get("pan")
                    : d.hints().get("name").replaceAll("[^A-Za-z]", "").substring(0, 4).toLowerCase(Locale.ROOT)
                            + d.hints().get("dob").substring(8, 10) + d.hints().get("dob").substring(5, 7);
            assertThat(d.password()).contains(expected);
        }
    }

    @Test
    void shouldMakeBadDocumentsThatPdfBoxCannotReadOrThatHaveNoText() throws IOException {
        Map<String, GeneratedDocument> bad = Fixtures.CORPUS.corpus().stream()
                .filter(d -> d.layout().startsWith("bad-"))
                .collect(Collectors.toMap(GeneratedDocument::layout, d -> d, (a, b) -> a));
        assertThat(bad).hasSize(6);
        for (String layout : List.of("bad-empty", "bad-random-bytes", "bad-png-image", "bad-locked-without-password")) {
            GeneratedDocument d = bad.get(layout);
            assertThatThrownBy(() -> Loader.loadPDF(d.content()).close()).as(layout).isInstanceOf(IOException.class);
            assertThat(d.truth()).containsEntry("expected_status", "FAILED");
        }
        assertThat(Fixtures.CORPUS.text(bad.get("bad-image-only")).trim()).isEmpty();
    }
}
