package io.taxstream.corpus.holdout2.bank;

import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.StatementTruth;
import io.taxstream.corpus.kit.Who;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * An account over a statement period.
 *
 * @param branch     branch keeping the account
 * @param holder     account holder
 * @param account    account number
 * @param product    product as the bank names it
 * @param customerId customer id
 * @param from       period start
 * @param to         period end
 * @param opening    opening balance (negative when overdrawn)
 * @param txns       transactions, oldest first
 */
public record Book(Bank.Branch branch, Who holder, String account, String product, String customerId,
        LocalDate from, LocalDate to, BigDecimal opening, List<Txn> txns) {

    /**
     * A transaction.
     *
     * @param date      date
     * @param time      time of day (app statements print it)
     * @param narration narration
     * @param ref       cheque or reference number, or empty
     * @param debit     withdrawal or null
     * @param credit    deposit or null
     * @param balance   balance after it
     */
    public record Txn(LocalDate date, LocalTime time, String narration, String ref, BigDecimal debit,
            BigDecimal credit, BigDecimal balance) implements StatementTruth.Row {

        public BigDecimal amount() {
            return debit != null ? debit : credit;
        }
    }

    public BigDecimal closing() {
        return txns.isEmpty() ? opening : txns.get(txns.size() - 1).balance();
    }

    public BigDecimal debits() {
        return Rupees.sum(txns.stream().filter(Txn::isDebit).map(Txn::debit).toList());
    }

    public BigDecimal credits() {
        return Rupees.sum(txns.stream().filter(t -> !t.isDebit()).map(Txn::credit).toList());
    }
}
