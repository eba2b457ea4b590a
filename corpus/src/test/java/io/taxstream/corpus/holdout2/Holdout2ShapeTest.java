package io.taxstream.corpus.holdout2;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.corpus.CorpusSpec.Kind;
import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Layouts;
import io.taxstream.corpus.holdout.HoldoutLayouts;
import io.taxstream.corpus.kit.LayoutSet;
import io.taxstream.corpus.testkit.AbstractHoldoutShapeTest;
import io.taxstream.corpus.testkit.CorpusFixture;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The second holdout set covers every type with layouts of its own (apart from the development
 * corpus and the first holdout set), and its truths are in the contract's shape with exactly the
 * contract's field names and normalised values.
 */
class Holdout2ShapeTest extends AbstractHoldoutShapeTest {

    @Override
    protected CorpusFixture fixture() {
        return Holdout2Fixtures.CORPUS;
    }

    @Override
    protected LayoutSet layouts() {
        return new Holdout2Layouts();
    }

    @Override
    protected Map<String, List<String>> moreRequired() {
        return Map.of("BANK_STATEMENT", List.of("total_credits", "total_debits", "transaction_count"));
    }

    @Override
    protected int minNearMisses() {
        return 5;
    }

    @Override
    protected List<String> moreTellingWords() {
        return List.of("h2-", "receipt", "rent", "tds", "salary");
    }

    @Override
    protected String namerWord() {
        return "download";
    }

    @Test
    void shouldKeepItsLayoutsApartFromTheMainCorpusAndTheFirstHoldout() {
        Set<String> earlier = new HashSet<>();
        Set<Class<?>> earlierClasses = new HashSet<>();
        for (Kind k : Kind.values()) {
            new Layouts().of(k, false).forEach(l -> {
                earlier.add(l.name());
                earlierClasses.add(l.getClass());
            });
        }
        new HoldoutLayouts().all().forEach(l -> {
            earlier.add(l.name());
            earlierClasses.add(l.getClass());
        });
        List<Layout> mine = new Holdout2Layouts().all();
        assertThat(mine.stream().map(Layout::name).toList()).doesNotHaveDuplicates().noneMatch(earlier::contains)
                .allMatch(n -> n.startsWith("h2-"));
        assertThat(mine).noneMatch(l -> earlierClasses.contains(l.getClass()))
                .allMatch(l -> l.getClass().getPackageName().startsWith("io.taxstream.corpus.holdout2."));
    }
}
