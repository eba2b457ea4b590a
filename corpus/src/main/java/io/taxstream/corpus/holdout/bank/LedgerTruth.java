package io.taxstream.corpus.holdout.bank;

import io.taxstream.corpus.holdout.bank.Ledger.Entry;
import io.taxstream.corpus.kit.StatementTruth;
import io.taxstream.corpus.util.Truth;

/** A statement truth: the header facts the layout printed and each transaction as printed. */
final class LedgerTruth {

    private LedgerTruth() {
    }

    static Truth header(Ledger d, String bankPrinted, String holderPrinted, String accountPrinted, boolean ifsc) {
        return StatementTruth.header(bankPrinted, holderPrinted, accountPrinted, ifsc ? d.branch().ifsc() : null,
                d.from(), d.to(), d.opening(), d.closing());
    }

    static void totals(Truth t, Ledger d) {
        StatementTruth.totals(t, d.credits(), d.debits());
    }

    static void entry(Truth t, Entry e, boolean reference) {
        StatementTruth.transaction(t, e, e.narration(), reference ? e.reference() : null);
    }
}
