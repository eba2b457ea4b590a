package io.taxstream.corpus.holdout2.interest;

import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.Who;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A depositor's deposits with one bank over a financial year.
 *
 * @param depositor  the (first) holder
 * @param branch     branch
 * @param customerId customer id
 * @param fy         first calendar year of the financial year
 * @param deposits   deposits in printing order
 * @param declared   whether Form 15G/15H was submitted (no TDS)
 * @param issued     date the certificate is issued
 */
public record Holding(Who depositor, Bank.Branch branch, String customerId, int fy, List<Deposit> deposits,
        boolean declared, LocalDate issued) {

    /**
     * A deposit.
     *
     * @param account   account or receipt number
     * @param code      the bank's short code (FD, RD, SB, ...)
     * @param kind      the type in words
     * @param opened    date of deposit
     * @param principal principal (SB: average balance)
     * @param rate      rate of interest, percent a year
     * @param maturity  maturity date, or null for savings
     * @param interest  interest paid or credited in the year
     * @param tds       tax deducted on it
     */
    public record Deposit(String account, String code, String kind, LocalDate opened, BigDecimal principal,
            BigDecimal rate, LocalDate maturity, BigDecimal interest, BigDecimal tds) {
    }

    public BigDecimal interest() {
        return Rupees.sum(deposits.stream().map(Deposit::interest).toList());
    }

    public BigDecimal tds() {
        return Rupees.sum(deposits.stream().map(Deposit::tds).toList());
    }
}
