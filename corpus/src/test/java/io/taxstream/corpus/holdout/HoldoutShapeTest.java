package io.taxstream.corpus.holdout;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.corpus.CorpusSpec.Kind;
import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Layouts;
import io.taxstream.corpus.kit.LayoutSet;
import io.taxstream.corpus.testkit.AbstractHoldoutShapeTest;
import io.taxstream.corpus.testkit.CorpusFixture;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The holdout corpus covers every type with its own layouts, and its truths are in the contract's shape. */
class HoldoutShapeTest extends AbstractHoldoutShapeTest {

    @Override
    protected CorpusFixture fixture() {
        return HoldoutFixtures.CORPUS;
    }

    @Override
    protected LayoutSet layouts() {
        return new HoldoutLayouts();
    }

    @Override
    protected Map<String, List<String>> moreRequired() {
        return Map.of("FORM_16", List.of("gross_salary", "total_taxable_income"));
    }

    @Override
    protected int minNearMisses() {
        return 4;
    }

    @Override
    protected List<String> moreTellingWords() {
        return List.of("h-");
    }

    @Override
    protected String namerWord() {
        return "scan";
    }

    @Test
    void shouldNameLayoutsUniquelyAndApartFromTheMainCorpus() {
        Set<String> main = new HashSet<>();
        for (Kind k : Kind.values()) {
            new Layouts().of(k, false).forEach(l -> main.add(l.name()));
        }
        List<String> names = new HoldoutLayouts().all().stream().map(Layout::name).toList();
        assertThat(names).doesNotHaveDuplicates();
        assertThat(names).noneMatch(main::contains);
        assertThat(new HoldoutLayouts().all()).noneMatch(l -> l.getClass().getPackageName()
                .equals("io.taxstream.corpus") || !l.getClass().getPackageName().startsWith("io.taxstream.corpus.holdout"));
    }
}
