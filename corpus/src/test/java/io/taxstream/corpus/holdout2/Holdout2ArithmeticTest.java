package io.taxstream.corpus.holdout2;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.corpus.testkit.AbstractHoldoutArithmeticTest;
import io.taxstream.corpus.testkit.CorpusFixture;
import io.taxstream.corpus.testkit.Truths;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every truth of the second holdout set satisfies the contract's arithmetic, as a real document's figures do. */
class Holdout2ArithmeticTest extends AbstractHoldoutArithmeticTest {

    private static final LocalDate SECTION_50AA = LocalDate.of(2023, 4, 1);

    @Override
    protected CorpusFixture fixture() {
        return Holdout2Fixtures.CORPUS;
    }

    @Test
    void shouldIncludeANewestFirstStatement() {
        assertThat(Holdout2Fixtures.CORPUS.ofType("BANK_STATEMENT").stream().map(d -> Truths.items(d, "transaction"))
                .anyMatch(t -> newestFirst(t))).isTrue();
    }

    /** Short term beyond three years only for debt funds bought from April 2023 (section 50AA). */
    @Test
    void shouldTermTradesByHolding() {
        for (Map<String, String> t : trades()) {
            if (t.get("term").equals("SHORT")) {
                assertThat(heldDays(t) <= 1095 || !LocalDate.parse(t.get("purchase_date")).isBefore(SECTION_50AA))
                        .as(t.toString()).isTrue();
            }
        }
    }

    @Test
    void shouldIncludeDebtLongTermTradesTaxedAsShortTerm() {
        assertThat(trades()).anyMatch(t -> t.get("term").equals("SHORT") && heldDays(t) > 365);
    }
}
