package io.taxstream.corpus.holdout2.interest;

import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.holdout2.interest.Holding.Deposit;
import io.taxstream.corpus.holdout2.kit.Cast2;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes up a year of deposits: term deposits opened before or during the year (interest for the
 * days they ran in it), recurring deposits and savings interest; TDS at 10% on term-deposit
 * interest when the year's total passes the threshold (higher for senior citizens) and no Form
 * 15G/15H was given. Savings interest bears no TDS.
 */
public final class Holdings {

    private Holdings() {
    }

    public static Holding random(Rng rng, Bank bank, int count, double declaredChance) {
        int fy = rng.between(2021, 2025);
        Who depositor = rng.chance(0.35) ? Cast2.folk(rng, 1935, fy - 61) : Cast2.folk(rng);
        boolean senior = depositor.age(LocalDate.of(fy + 1, 3, 31)) >= 60;
        Bank.Branch branch = Cast2.branch(rng, bank, depositor.place());
        LocalDate start = LocalDate.of(fy, 4, 1);
        LocalDate end = LocalDate.of(fy + 1, 3, 31);
        List<Deposit> drafts = new ArrayList<>();
        boolean savings = false;
        for (int i = 0; i < count; i++) {
            int kind = savings ? rng.between(0, 3) : rng.between(0, 4);
            String account = rng.number(bank.accountDigits());
            if (kind == 4) {
                savings = true;
                BigDecimal bal = rng.rupees(20_000, 900_000, 1);
                BigDecimal rate = new BigDecimal(rng.pickOf("2.70", "3.00", "3.50", "4.00", "6.00", "7.00"));
                BigDecimal interest = bal.multiply(rate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                drafts.add(new Deposit(account, "SB", "Savings Account", LocalDate.of(rng.between(2008, fy), rng.between(1,
                        12), rng.between(1, 28)), bal, rate, null, interest, Rupees.ZERO));
                continue;
            }
            boolean rd = kind == 3;
            LocalDate opened = rng.chance(0.5) ? start.plusDays(rng.between(0, 300))
                    : start.minusDays(rng.between(30, 900));
            int months = rd ? rng.pickOf(12, 24, 36, 60) : rng.pickOf(12, 15, 24, 36, 60, 18);
            LocalDate maturity = opened.plusMonths(months);
            BigDecimal principal = rd ? rng.rupees(1_000, 25_000, 500) : rng.rupees(25_000, 1_500_000, 1_000);
            BigDecimal rate = new BigDecimal(rng.pickOf("6.50", "6.75", "7.00", "7.10", "7.25", "7.50", "7.75", "8.00",
                    "8.25", "8.50")).add(senior ? new BigDecimal("0.50") : BigDecimal.ZERO);
            LocalDate from = opened.isAfter(start) ? opened : start;
            LocalDate to = maturity.isBefore(end) ? maturity : end;
            if (!to.isAfter(from)) {
                to = from.plusDays(rng.between(40, 200));
                maturity = to;
            }
            long days = to.toEpochDay() - from.toEpochDay();
            BigDecimal base = rd ? principal.multiply(BigDecimal.valueOf(Math.min(months, 12))).divide(
                    BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP) : principal;
            BigDecimal interest = base.multiply(rate).multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(36_500), 2, RoundingMode.HALF_UP);
            String code = rd ? "RD" : rng.pickOf("FD", "FD", "TD", "MIS", "STDR");
            String name = switch (code) {
                case "RD" -> "Recurring Deposit";
                case "TD" -> senior ? "Senior Citizen Term Deposit" : "Term Deposit";
                case "MIS" -> "Monthly Income Scheme Deposit";
                case "STDR" -> "Special Term Deposit (Cumulative)";
                default -> months == 60 && rng.chance(0.5) ? "Tax Saver Fixed Deposit" : "Fixed Deposit";
            };
            drafts.add(new Deposit(account, code, name, opened, principal, rate, maturity, interest, Rupees.ZERO));
        }
        BigDecimal termInterest = Rupees.sum(drafts.stream().filter(d -> !d.code().equals("SB"))
                .map(Deposit::interest).toList());
        long threshold = senior ? (fy >= 2025 ? 100_000 : 50_000) : (fy >= 2025 ? 50_000 : 40_000);
        boolean declared = rng.chance(declaredChance);
        boolean taxed = !declared && termInterest.compareTo(Rupees.rupees(threshold)) > 0;
        List<Deposit> out = new ArrayList<>();
        for (Deposit d : drafts) {
            BigDecimal tds = taxed && !d.code().equals("SB")
                    ? d.interest().divide(BigDecimal.TEN, 0, RoundingMode.HALF_UP).setScale(2) : Rupees.ZERO;
            out.add(new Deposit(d.account(), d.code(), d.kind(), d.opened(), d.principal(), d.rate(), d.maturity(),
                    d.interest(), tds));
        }
        LocalDate issued = LocalDate.of(fy + 1, rng.between(4, 7), rng.between(1, 28));
        return new Holding(depositor, branch, rng.number(9), fy, List.copyOf(out), declared, issued);
    }
}
