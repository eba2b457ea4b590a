package io.taxstream.corpus.interest;

import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.data.Ids;
import io.taxstream.corpus.data.Person;
import io.taxstream.corpus.interest.InterestData.Deposit;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Makes up deposits whose interest follows from principal and rate, with TDS at 10% above the threshold. */
public final class InterestFactory {

    private InterestFactory() {
    }

    /**
     * @param types      deposit type codes to draw from (e.g. FD, RD, SB)
     * @param count      number of deposits
     * @param noTds      whether Form 15G/15H was submitted, so nothing is deducted
     */
    public static InterestData random(Rng rng, List<String> types, int count, boolean noTds) {
        Bank bank = Bank.random(rng);
        Person p = Person.random(rng);
        int fy = rng.between(2020, 2024);
        List<Deposit> deposits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String type = rng.pick(types);
            BigDecimal principal = type.equals("SB") ? rng.paise(20_000, 900_000)
                    : type.equals("RD") ? rng.rupees(12_000, 300_000, 1_000) : rng.rupees(50_000, 1_500_000, 5_000);
            BigDecimal rate = type.equals("SB") ? new BigDecimal("2.70") : BigDecimal.valueOf(rng.between(550, 775), 2);
            BigDecimal interest = principal.multiply(rate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
                    .multiply(BigDecimal.valueOf(rng.between(60, 100))).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            LocalDate opened = LocalDate.of(fy - rng.between(0, 3), rng.between(1, 12), rng.between(1, 28));
            deposits.add(new Deposit(Ids.account(rng, bank.accountDigits()), type, principal, rate, opened, interest,
                    BigDecimal.ZERO.setScale(2)));
        }
        BigDecimal termInterest = deposits.stream().filter(d -> !d.type().equals("SB")).map(Deposit::interest)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!noTds && termInterest.compareTo(BigDecimal.valueOf(40_000)) > 0) {
            deposits.replaceAll(d -> d.type().equals("SB") ? d : new Deposit(d.account(), d.type(), d.principal(),
                    d.rate(), d.opened(), d.interest(), d.interest().divide(BigDecimal.TEN, 0, RoundingMode.HALF_UP)
                    .setScale(2)));
        }
        return new InterestData(bank.branch(rng, p.place()), p, rng.number(9), fy, deposits,
                LocalDate.of(fy + 1, rng.between(4, 7), rng.between(1, 28)));
    }
}
