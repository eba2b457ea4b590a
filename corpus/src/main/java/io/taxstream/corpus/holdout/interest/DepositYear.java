package io.taxstream.corpus.holdout.interest;

import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.kit.FinancialYear;
import io.taxstream.corpus.kit.InterestTruth;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.Who;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One depositor's interest for a financial year.
 *
 * @param branch     issuing branch
 * @param depositor  depositor
 * @param customerId CIF or customer id
 * @param fyStart    first year of the financial year
 * @param deposits   accounts
 * @param issued     date of the certificate
 * @param form15     whether Form 15G/15H was on record, so no tax was deducted
 */
public record DepositYear(Bank.Branch branch, Who depositor, String customerId, int fyStart, List<Deposit> deposits,
        LocalDate issued, boolean form15) {

    /**
     * One account.
     *
     * @param account    account number
     * @param type       type code as printed (FD, RD, SB, TD)
     * @param principal  principal or average balance
     * @param rate       rate in percent
     * @param opened     date opened
     * @param maturity   maturity date, or null for savings
     * @param quarters   interest per quarter of the year (four values)
     * @param quarterTds tax deducted per quarter (four values)
     */
    public record Deposit(String account, String type, BigDecimal principal, BigDecimal rate, LocalDate opened,
            LocalDate maturity, List<BigDecimal> quarters, List<BigDecimal> quarterTds)
            implements InterestTruth.Account {

        public BigDecimal interest() {
            return Rupees.sum(quarters);
        }

        public BigDecimal tds() {
            return Rupees.sum(quarterTds);
        }
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
        return Rupees.sum(deposits.stream().map(Deposit::interest).toList());
    }

    public BigDecimal totalTds() {
        return Rupees.sum(deposits.stream().map(Deposit::tds).toList());
    }

    public BigDecimal quarterInterest(int q) {
        return Rupees.sum(deposits.stream().map(d -> d.quarters().get(q)).toList());
    }

    public BigDecimal quarterTds(int q) {
        return Rupees.sum(deposits.stream().map(d -> d.quarterTds().get(q)).toList());
    }
}
