package io.taxstream.corpus.holdout.interest;

import io.taxstream.corpus.kit.InterestTruth;
import io.taxstream.corpus.util.Truth;
import java.util.List;

/** An interest certificate's truth: issuer and depositor as printed, the year, totals and each account listed. */
final class InterestTruths {

    private InterestTruths() {
    }

    static Truth of(DepositYear d, String bankPrinted, String depositorPrinted, boolean pan, boolean items) {
        return InterestTruth.of(bankPrinted, depositorPrinted, pan ? d.depositor().pan() : null, d.financialYear(),
                d.totalInterest(), d.totalTds(), items ? d.deposits() : List.of());
    }
}
