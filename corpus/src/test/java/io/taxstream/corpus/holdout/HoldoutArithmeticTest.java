package io.taxstream.corpus.holdout;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.corpus.testkit.AbstractHoldoutArithmeticTest;
import io.taxstream.corpus.testkit.CorpusFixture;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every holdout truth satisfies the contract's arithmetic rules, as a real document's figures do. */
class HoldoutArithmeticTest extends AbstractHoldoutArithmeticTest {

    @Override
    protected CorpusFixture fixture() {
        return HoldoutFixtures.CORPUS;
    }

    @Test
    void shouldTermEveryTradeByAYearsHolding() {
        for (Map<String, String> t : trades()) {
            assertThat(t.get("term")).as(t.toString()).isEqualTo(heldDays(t) > 365 ? "LONG" : "SHORT");
        }
    }
}
