package io.taxstream.corpus.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.corpus.GeneratedDocument;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Arithmetic over truth values, for the tests that hold truths to the contract's sums. */
public final class Figures {

    public static final BigDecimal ONE = BigDecimal.ONE;
    public static final BigDecimal CENT = new BigDecimal("0.01");

    private Figures() {
    }

    /** The sum of the key over the items that have it. */
    public static BigDecimal sum(List<Map<String, String>> items, String key) {
        return items.stream().map(i -> i.get(key)).filter(v -> v != null).map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static BigDecimal amount(String v) {
        return new BigDecimal(v);
    }

    /** The field's amount, or zero when the truth has no such field. */
    public static BigDecimal amountOrZero(GeneratedDocument d, String name) {
        String v = Truths.field(d, name);
        return v == null ? BigDecimal.ZERO : new BigDecimal(v);
    }

    public static void assertClose(BigDecimal actual, BigDecimal expected, BigDecimal tolerance, GeneratedDocument d) {
        assertThat(actual.subtract(expected).abs()).as(d.layout() + " " + d.fileName() + ": " + actual + " vs "
                + expected).isLessThanOrEqualTo(tolerance);
    }
}
