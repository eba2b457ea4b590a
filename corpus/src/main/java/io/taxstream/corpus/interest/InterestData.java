package io.taxstream.corpus.interest;

import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.data.Person;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.kit.InterestTruth;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A year's interest on one depositor's accounts.
 *
 * @param branch     the branch issuing the certificate
 * @param depositor  the depositor
 * @param customerId CIF number
 * @param fyStart    first year of the financial year
 * @param deposits   accounts with their interest and TDS
 * @param issued     date of issue
 */
public record InterestData(Bank.Branch branch, Person depositor, String customerId, int fyStart,
        List<Deposit> deposits, LocalDate issued) {

    /**
     * One deposit account.
     *
     * @param account   account number
     * @param type      FD, RD, SB (or a post office code)
     * @param principal principal or balance
     * @param rate      interest rate in percent
     * @param opened    date opened
     * @param interest  interest paid or credited in the year
     * @param tds       tax deducted
     */
    public record Deposit(String account, String type, BigDecimal principal, BigDecimal rate, LocalDate opened,
            BigDecimal interest, BigDecimal tds) implements InterestTruth.Account {
    }

    public String financialYear() {
        return FinancialYear.span(fyStart);
    }

    public LocalDate fyFrom() {
        return LocalDate.of(fyStart, 4, 1);
    }

    public LocalDate fyTo() {
        return LocalDate.of(fyStart + 1, 3, 31);
    }

    public BigDecimal totalInterest() {
        return deposits.stream().map(Deposit::interest).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public BigDecimal totalTds() {
        return deposits.stream().map(Deposit::tds).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public BigDecimal totalPrincipal() {
        return deposits.stream().map(Deposit::principal).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
