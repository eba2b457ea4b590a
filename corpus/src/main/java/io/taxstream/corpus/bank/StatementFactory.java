package io.taxstream.corpus.bank;

import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.data.Employer;
import io.taxstream.corpus.data.Ids;
import io.taxstream.corpus.data.Person;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Makes up a statement: a salary each month, everyday spending, receipts, charges, quarterly interest. */
public final class StatementFactory {

    private StatementFactory() {
    }

    /** A statement of roughly {@code count} transactions; overdrawn accounts may go below zero. */
    public static StatementData random(Rng rng, int count, boolean overdraft) {
        Bank bank = Bank.random(rng);
        Person holder = Person.random(rng);
        Bank.Branch branch = bank.branch(rng, holder.place());
        LocalDate from = LocalDate.of(rng.between(2022, 2025), rng.between(1, 12), 1);
        int months = Math.max(1, Math.min(12, count / 25 + rng.between(0, 2)));
        LocalDate to = from.plusMonths(months).minusDays(1);
        BigDecimal odLimit = overdraft ? rng.rupees(100_000, 1_000_000, 50_000) : BigDecimal.ZERO;
        BigDecimal opening = overdraft ? rng.paise(-80_000, 60_000) : rng.paise(2_000, 400_000);
        List<Txn> txns = transactions(rng, count, from, to, opening, odLimit, holder);
        String type = overdraft ? rng.pickOf("Current Account", "CA - OD Facility") : rng.pickOf("Savings Account",
                "SAVINGS BANK - REGULAR", "Salary Account");
        return new StatementData(branch, holder, Ids.account(rng, bank.accountDigits()), type, rng.number(9), from, to,
                opening, txns, odLimit);
    }

    private static List<Txn> transactions(Rng rng, int count, LocalDate from, LocalDate to, BigDecimal opening,
            BigDecimal odLimit, Person holder) {
        Employer employer = Employer.random(rng);
        BigDecimal salary = rng.rupees(25_000, 250_000, 1);
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            dates.add(from.plusDays(rng.between(0, (int) days - 1)));
        }
        dates.sort(null);
        List<Txn> out = new ArrayList<>();
        BigDecimal balance = opening;
        LocalDate lastSalary = from.minusMonths(1);
        for (LocalDate d : dates) {
            String desc;
            BigDecimal amount;
            boolean debit;
            String ref = rng.chance(0.6) ? rng.number(rng.pickOf(6, 12, 16)) : "";
            if (d.getMonthValue() != lastSalary.getMonthValue() && d.getDayOfMonth() >= 25) {
                lastSalary = d;
                desc = Narrations.salary(rng, employer.name(), d);
                amount = salary;
                debit = false;
            } else if (rng.chance(0.22)) {
                desc = Narrations.receipt(rng, counterparty(rng));
                amount = rng.paise(100, 60_000);
                debit = false;
            } else if (rng.chance(0.04)) {
                desc = Narrations.charge(rng);
                amount = rng.paise(10, 700);
                debit = true;
            } else if (rng.chance(0.05)) {
                desc = "CHQ PAID-" + rng.digits(6) + "-" + counterparty(rng);
                ref = rng.digits(6);
                amount = rng.rupees(2_000, 90_000, 1);
                debit = true;
            } else {
                desc = Narrations.spend(rng, counterparty(rng));
                amount = rng.chance(0.7) ? rng.paise(20, 4_000) : rng.paise(4_000, 45_000);
                debit = true;
            }
            if (debit && balance.subtract(amount).compareTo(odLimit.negate()) < 0) {
                desc = Narrations.receipt(rng, counterparty(rng));
                debit = false;
            }
            balance = debit ? balance.subtract(amount) : balance.add(amount);
            out.add(new Txn(d, d, desc, ref, debit ? amount : null, debit ? null : amount, balance));
        }
        return out;
    }

    private static String counterparty(Rng rng) {
        return Person.random(rng).upperName().toUpperCase(Locale.ROOT);
    }
}
