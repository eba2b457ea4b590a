package io.taxstream.corpus.bank;

import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.data.Person;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An account statement.
 *
 * @param branch      branch of the bank
 * @param holder      account holder
 * @param account     full account number
 * @param accountType e.g. {@code Savings Account}
 * @param customerId  customer id (CIF)
 * @param from        period start
 * @param to          period end
 * @param opening     opening balance (negative when overdrawn)
 * @param txns        transactions in order
 * @param odLimit     overdraft limit, zero for none
 */
public record StatementData(Bank.Branch branch, Person holder, String account, String accountType, String customerId,
        LocalDate from, LocalDate to, BigDecimal opening, List<Txn> txns, BigDecimal odLimit) {

    public BigDecimal closing() {
        return txns.isEmpty() ? opening : txns.get(txns.size() - 1).balance();
    }

    public BigDecimal totalDebits() {
        return txns.stream().filter(Txn::isDebit).map(Txn::debit).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public BigDecimal totalCredits() {
        return txns.stream().filter(t -> !t.isDebit()).map(Txn::credit).reduce(BigDecimal.ZERO.setScale(2),
                BigDecimal::add);
    }

    public long debitCount() {
        return txns.stream().filter(Txn::isDebit).count();
    }

    public long creditCount() {
        return txns.size() - debitCount();
    }
}
