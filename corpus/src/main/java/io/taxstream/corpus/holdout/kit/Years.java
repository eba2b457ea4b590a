package io.taxstream.corpus.holdout.kit;

import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.util.Rng;
import java.util.Locale;

/** Financial and assessment years: the contract's {@code YYYY-YY} and the ways documents print them. */
public final class Years {

    private Years() {
    }

    /** One of the printed forms: {@code 2023-24}, {@code 2023-2024}, {@code 2023 - 24}. */
    public static String printed(Rng rng, int start) {
        return switch (rng.between(0, 2)) {
            case 0 -> FinancialYear.span(start);
            case 1 -> FinancialYear.longSpan(start);
            default -> start + " - " + String.format(Locale.ROOT, "%02d", (start + 1) % 100);
        };
    }
}
