package io.taxstream.corpus.holdout2.bank;

import io.taxstream.corpus.holdout2.bank.Book.Txn;
import io.taxstream.corpus.kit.StatementTruth;
import io.taxstream.corpus.util.Truth;

/**
 * A statement truth: header facts as printed, each transaction as printed, and the totals and count
 * the contract defines as computed from the rows (present whether or not the statement prints them).
 */
final class BookFacts {

    private BookFacts() {
    }

    static Truth header(Book b, String bankPrinted, String holderPrinted, String accountPrinted, boolean ifsc) {
        Truth t = StatementTruth.header(bankPrinted, holderPrinted, accountPrinted, ifsc ? b.branch().ifsc() : null,
                b.from(), b.to(), b.opening(), b.closing());
        StatementTruth.computed(t, b.credits(), b.debits(), b.txns().size());
        return t;
    }

    static void txn(Truth t, Txn x, String description, boolean reference) {
        StatementTruth.transaction(t, x, description, reference ? x.ref() : null);
    }
}
