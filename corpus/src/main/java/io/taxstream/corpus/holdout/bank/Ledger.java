package io.taxstream.corpus.holdout.bank;

import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.StatementTruth;
import io.taxstream.corpus.kit.Who;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An account's statement period.
 *
 * @param branch      branch keeping the account
 * @param holder      account holder
 * @param account     full account number
 * @param accountType product name as the bank prints it
 * @param customerId  CIF or customer id
 * @param from        period start
 * @param to          period end
 * @param opening     opening balance (negative when overdrawn)
 * @param entries     transactions in order
 */
public record Ledger(Bank.Branch branch, Who holder, String account, String accountType, String customerId,
        LocalDate from, LocalDate to, BigDecimal opening, List<Entry> entries) {

    /**
     * A transaction.
     *
     * @param date      transaction date
     * @param valueDate value date
     * @param narration narration as the core system writes it
     * @param reference cheque or reference number, or empty
     * @param debit     withdrawal, or null
     * @param credit    deposit, or null
     * @param balance   balance after the transaction
     */
    public record Entry(LocalDate date, LocalDate valueDate, String narration, String reference, BigDecimal debit,
            BigDecimal credit, BigDecimal balance) implements StatementTruth.Row {

        /** Credits positive, debits negative. */
        public BigDecimal signed() {
            return debit != null ? debit.negate() : credit;
        }
    }

    public BigDecimal closing() {
        return entries.isEmpty() ? opening : entries.get(entries.size() - 1).balance();
    }

    public BigDecimal debits() {
        return Rupees.sum(entries.stream().filter(Entry::isDebit).map(Entry::debit).toList());
    }

    public BigDecimal credits() {
        return Rupees.sum(entries.stream().filter(e -> !e.isDebit()).map(Entry::credit).toList());
    }

    public long debitCount() {
        return entries.stream().filter(Entry::isDebit).count();
    }

    public long creditCount() {
        return entries.size() - debitCount();
    }
}
