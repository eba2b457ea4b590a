package io.taxstream.corpus.bank;

import io.taxstream.corpus.util.Truth;
import java.util.List;

/** Builds a statement's truth: header facts the layout printed, and every transaction as printed. */
final class StatementTruth {

    private StatementTruth() {
    }

    /** The header, with the totals and count every statement's truth carries, printed or not. */
    static Truth header(StatementData d, String holderPrinted, String accountPrinted, boolean ifsc) {
        Truth t = io.taxstream.corpus.kit.StatementTruth.header(d.branch().bank().name(), holderPrinted,
                accountPrinted, ifsc ? d.branch().ifsc() : null, d.from(), d.to(), d.opening(), d.closing());
        totals(t, d, true);
        return t;
    }

    static void totals(Truth t, StatementData d, boolean count) {
        io.taxstream.corpus.kit.StatementTruth.totals(t, d.totalCredits(), d.totalDebits());
        if (count) {
            t.text("transaction_count", String.valueOf(d.txns().size()));
        }
    }

    static void item(Truth t, Txn x, List<String> descriptionLines, boolean reference) {
        io.taxstream.corpus.kit.StatementTruth.transaction(t, x, String.join(" ", descriptionLines),
                reference ? x.reference() : null);
    }
}
