package io.taxstream.corpus.holdout2;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.corpus.testkit.PrintedTruth;
import io.taxstream.corpus.testkit.Truths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every truth value of the second holdout set is printed in its document's text (as PDFBox extracts
 * it) in some form. The exceptions are the bank statement's total_credits, total_debits and
 * transaction_count, which the contract defines as computed from the rows; the arithmetic test
 * holds them to the rows instead.
 */
class Holdout2TruthHonestyTest {

    private static final Set<String> COMPUTED = Set.of("total_credits", "total_debits", "transaction_count");

    @Test
    void shouldPrintEveryTruthValueInSomeForm() {
        assertThat(PrintedTruth.unprinted(Holdout2Fixtures.CORPUS, (d, name) -> PrintedTruth.WORDED.contains(name)
                || COMPUTED.contains(name) && d.docType().equals("BANK_STATEMENT"))).isEmpty();
    }

    @Test
    void shouldPrintTheWordsBehindEveryEnumeration() {
        List<String> missing = new ArrayList<>();
        for (GeneratedDocument d : Holdout2Fixtures.CORPUS.readable()) {
            String text = Holdout2Fixtures.CORPUS.text(d).toLowerCase(Locale.ROOT);
            if (Truths.field(d, "tax_regime") != null && !(text.contains("115bac") || text.contains("regime"))) {
                missing.add(d.layout() + ": tax regime not stated");
            }
            for (Map<String, String> t : Truths.items(d, "trade")) {
                String word = t.get("term").equals("LONG") ? "long" : "short";
                if (!(text.contains(word + " term") || text.contains(word + "-term"))) {
                    missing.add(d.layout() + ": term " + t.get("term") + " not stated");
                }
            }
            String section = Truths.field(d, "section");
            if (section != null && !text.contains(section.toLowerCase(Locale.ROOT))) {
                missing.add(d.layout() + ": section " + section + " not printed");
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void shouldAlwaysCarryTheComputedStatementTotals() {
        for (GeneratedDocument d : Holdout2Fixtures.CORPUS.ofType("BANK_STATEMENT")) {
            for (String f : COMPUTED) {
                assertThat(Truths.field(d, f)).as(d.layout() + " " + f).isNotNull();
            }
        }
    }
}
