package io.taxstream.corpus.holdout2.interest;

import io.taxstream.corpus.holdout2.interest.Holding.Deposit;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.kit.InterestTruth;
import io.taxstream.corpus.util.Truth;

/** Interest certificate truths, from what the certificate prints. */
final class HoldingFacts {

    private HoldingFacts() {
    }

    static Truth header(Holding h, String bankPrinted, String depositorPrinted, boolean pan) {
        return InterestTruth.header(bankPrinted, depositorPrinted, pan ? h.depositor().pan() : null, FinancialYear.span(h.fy()),
                h.interest(), h.tds());
    }

    static void deposit(Truth t, Deposit d, String accountPrinted, String typePrinted) {
        InterestTruth.deposit(t, accountPrinted.replaceAll("[\\s-]", ""), Truth.fold(typePrinted), d.interest(),
                d.tds());
    }
}
