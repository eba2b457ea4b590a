package io.taxstream.corpus.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.corpus.kit.LayoutSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every holdout set must show: every type covered by layouts of its own, truths in the
 * contract's shape with exactly its field names and normalised values, near-misses without
 * fields, and file names that tell nothing. A set says which fixture and layouts, which more
 * fields its documents always carry, and which words its names must not contain.
 */
public abstract class AbstractHoldoutShapeTest {

    /** The set's corpus. */
    protected abstract CorpusFixture fixture();

    /** The set's layouts. */
    protected abstract LayoutSet layouts();

    /** Fields a doc_type always carries in this set besides {@link ContractShape#REQUIRED}. */
    protected abstract Map<String, List<String>> moreRequired();

    /** How many near-miss (UNKNOWN) layouts the set has at least. */
    protected abstract int minNearMisses();

    /** Words no file name of any set may contain ("16" stands for "form16"). */
    private static final List<String> TELLING_WORDS = List.of("form", "16", "slip", "pay", "bank", "statement",
            "interest", "gain", "proof", "unknown", "holdout");

    /** Words no file name of this set may contain besides those of every set, such as its layout prefix. */
    protected abstract List<String> moreTellingWords();

    /** The namer's own word, which may stand in a name ("scan", "download"). */
    protected abstract String namerWord();

    @Test
    void shouldHaveAtLeastThreeLayoutsPerTypeAndTheNearMisses() {
        LayoutSet layouts = layouts();
        for (String type : ContractShape.FIELDS.keySet()) {
            assertThat(layouts.of(type)).as(type).hasSizeGreaterThanOrEqualTo(3);
            assertThat(layouts.of(type)).allMatch(l -> l.docType().equals(type));
        }
        assertThat(layouts.of("UNKNOWN")).hasSizeGreaterThanOrEqualTo(minNearMisses());
        for (String type : layouts.types()) {
            assertThat(fixture().ofType(type).stream().map(d -> d.layout()).distinct().count()).as(type)
                    .isEqualTo(layouts.of(type).size());
        }
    }

    @Test
    void shouldKeepTruthsInTheContractsShape() {
        List<String> problems = new ArrayList<>();
        for (GeneratedDocument d : fixture().readable()) {
            assertThat(d.truth().keySet()).containsExactly("doc_type", "fields", "line_items");
            Set<String> allowed = ContractShape.FIELDS.get(d.docType());
            Truths.fields(d).forEach((name, v) -> {
                if (!allowed.contains(name)) {
                    problems.add(d.layout() + ": unknown field " + name);
                }
                if (!v.keySet().equals(Set.of("value"))) {
                    problems.add(d.layout() + ": field " + name + " is not {value}");
                }
                ContractShape.check(d, name, v.get("value"), problems);
            });
            List<String> required = new ArrayList<>(ContractShape.REQUIRED.get(d.docType()));
            required.addAll(moreRequired().getOrDefault(d.docType(), List.of()));
            for (String r : required) {
                if (Truths.field(d, r) == null) {
                    problems.add(d.layout() + ": required " + r + " missing");
                }
            }
            if (d.docType().equals("FORM_16") && Truths.field(d, "total_tds") == null
                    && Truths.field(d, "total_taxable_income") == null) {
                problems.add(d.layout() + ": neither Part A nor Part B");
            }
            for (Map<String, Object> item : Truths.allItems(d)) {
                String kind = (String) item.get("kind");
                if (!kind.equals(ContractShape.ITEM_KIND.get(d.docType()))) {
                    problems.add(d.layout() + ": item kind " + kind);
                }
                @SuppressWarnings("unchecked")
                Map<String, String> values = (Map<String, String>) item.get("values");
                if (!ContractShape.ITEM_KEYS.getOrDefault(kind, Set.of()).containsAll(values.keySet())) {
                    problems.add(d.layout() + ": item keys " + values.keySet());
                }
                values.forEach((name, value) -> ContractShape.check(d, name, value, problems));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void shouldGiveNearMissesNoFieldsAndNoItems() {
        List<GeneratedDocument> unknown = fixture().ofType("UNKNOWN");
        assertThat(unknown).isNotEmpty();
        for (GeneratedDocument d : unknown) {
            assertThat(Truths.fields(d)).as(d.layout()).isEmpty();
            assertThat(Truths.allItems(d)).as(d.layout()).isEmpty();
        }
    }

    @Test
    void shouldNameFilesWithoutRevealingTypeOrLayout() {
        Set<String> names = new HashSet<>();
        for (GeneratedDocument d : fixture().corpus()) {
            String n = d.fileName().toLowerCase(Locale.ROOT);
            assertThat(names.add(n)).as(n).isTrue();
            List<String> words = new ArrayList<>(TELLING_WORDS);
            words.addAll(moreTellingWords());
            for (String word : words) {
                assertThat(n.replaceAll("\\d{2,}", "").replace(namerWord(), "")).as(n).doesNotContain(
                        word.equals("16") ? "form16" : word);
            }
            assertThat(d.fileName()).endsWith(".pdf");
        }
    }
}
