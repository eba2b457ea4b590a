package io.taxstream.corpus.interest;

import io.taxstream.corpus.util.Truth;
import java.util.List;

/** The truth of an interest certificate: the issuer, depositor, year, totals and each deposit listed. */
final class InterestTruth {

    private InterestTruth() {
    }

    static Truth of(InterestData d, String bankName, String depositorPrinted, boolean pan, boolean items) {
        return io.taxstream.corpus.kit.InterestTruth.of(bankName, depositorPrinted, pan ? d.depositor().pan() : null,
                d.financialYear(), d.totalInterest(), d.totalTds(), items ? d.deposits() : List.of());
    }
}
