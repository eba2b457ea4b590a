package io.taxstream.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.corpus.testkit.PrintedTruth;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every truth value is printed in the document in some form: the truth never claims what is not shown. */
class TruthHonestyTest {

    /** Fields the contract computes from the line items when the document does not print them. */
    private static final Set<String> DERIVED = Set.of("total_credits", "total_debits", "transaction_count");
    /** Besides the worded enumerations every set has: values this corpus states in words of its own. */
    private static final Set<String> WORDED = Set.of("deposit_type", "section");

    @Test
    void shouldPrintEveryTruthValueInSomeForm() {
        assertThat(PrintedTruth.unprinted(Fixtures.CORPUS,
                (d, name) -> PrintedTruth.WORDED.contains(name) || WORDED.contains(name) || DERIVED.contains(name)))
                .isEmpty();
    }
}
