package io.taxstream.corpus.holdout;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.corpus.testkit.PrintedTruth;
import io.taxstream.corpus.testkit.Truths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every holdout truth value is printed in its document in some form: the truth claims nothing the page lacks. */
class HoldoutTruthHonestyTest {

    @Test
    void shouldPrintEveryTruthValueInSomeForm() {
        assertThat(PrintedTruth.unprinted(HoldoutFixtures.CORPUS, (d, name) -> PrintedTruth.WORDED.contains(name)))
                .isEmpty();
    }

    @Test
    void shouldPrintTheWordsBehindEveryEnumeration() {
        List<String> missing = new ArrayList<>();
        for (GeneratedDocument d : HoldoutFixtures.CORPUS.readable()) {
            String text = HoldoutFixtures.CORPUS.text(d).toLowerCase(java.util.Locale.ROOT);
            String regime = Truths.field(d, "tax_regime");
            if (regime != null && !(text.contains("115bac") || text.contains("regime"))) {
                missing.add(d.layout() + ": tax regime not stated");
            }
            for (Map<String, String> t : Truths.items(d, "trade")) {
                if (!(text.contains("long term") || text.contains("ltcg") || text.contains("short term"))) {
                    missing.add(d.layout() + ": term " + t.get("term") + " not stated");
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
