package io.taxstream.corpus.bank;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One transaction.
 *
 * @param date        transaction date
 * @param valueDate   value date
 * @param description narration
 * @param reference   cheque or reference number, or empty
 * @param debit       withdrawal, or null
 * @param credit      deposit, or null
 * @param balance     balance after the transaction (negative when overdrawn)
 */
public record Txn(LocalDate date, LocalDate valueDate, String description, String reference, BigDecimal debit,
        BigDecimal credit, BigDecimal balance) implements io.taxstream.corpus.kit.StatementTruth.Row {

    public BigDecimal amount() {
        return debit != null ? debit : credit;
    }
}
