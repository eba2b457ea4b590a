package io.taxstream.corpus.holdout2.bank;

import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.data.Ids;
import io.taxstream.corpus.holdout2.bank.Book.Txn;
import io.taxstream.corpus.holdout2.kit.Cast2;
import io.taxstream.corpus.holdout2.kit.Money;
import io.taxstream.corpus.kit.Rupees;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Makes up statement periods in three banks' narration styles: a co-operative bank's terse
 * ledger ({@code BY CASH}, {@code TO CLG CHQ 104512}, monthly interest debited on cash credit),
 * a small-finance bank's app ({@code UPI/P2M/...}, card and IMPS entries with their references),
 * and a public-sector bank's core system ({@code NEFT CR-...}, {@code CHQ WDL-...}). Several
 * entries often fall on one day.
 */
public final class Books {

    /** Narration families. */
    public enum Style { COOP, APP, PSU }

    private static final List<String> MERCHANTS = List.of("Swiggy Limited", "Zepto Marketplace", "BigBasket",
            "Reliance Smart", "DMart Avenue", "Apollo Pharmacy", "IRCTC", "Uber India", "Ola Cabs",
            "BSNL Mobile", "Tata Play", "Airtel Prepaid", "Bharat Petroleum", "Indian Oil", "Croma", "Nykaa",
            "Cult Fit", "BookMyShow", "Zomato Ltd", "Blinkit");
    private static final List<String> HANDLES = List.of("oksbi", "okhdfcbank", "ybl", "paytm", "axl", "ibl", "upi");

    private Books() {
    }

    public static Book random(Rng rng, Bank bank, Style style, int count, boolean overdraft) {
        Who holder = Cast2.folk(rng);
        Bank.Branch branch = Cast2.branch(rng, bank, holder.place());
        LocalDate from = LocalDate.of(rng.between(2022, 2025), rng.between(1, 12), 1);
        int months = Math.max(1, Math.min(6, count / 20 + rng.between(0, 1)));
        LocalDate to = from.plusMonths(months).minusDays(1);
        BigDecimal limit = overdraft ? rng.rupees(300_000, 2_500_000, 100_000) : Rupees.ZERO;
        BigDecimal opening = overdraft ? rng.paise(-limit.longValue() * 7 / 10, 10_000) : rng.paise(800, 180_000);
        Cast2.Firm employer = Cast2.firm(rng);
        BigDecimal salary = rng.rupees(16_000, 190_000, 1);
        List<LocalDate> days = new ArrayList<>();
        long span = to.toEpochDay() - from.toEpochDay() + 1;
        while (days.size() < count) {
            LocalDate d = from.plusDays(rng.between(0, (int) span - 1));
            int repeat = rng.chance(0.35) ? rng.between(2, 4) : 1;
            for (int i = 0; i < repeat && days.size() < count; i++) {
                days.add(d);
            }
        }
        days.sort(null);
        List<Txn> out = new ArrayList<>();
        BigDecimal balance = opening;
        YearMonth lastSalary = null;
        YearMonth lastInterest = YearMonth.from(from);
        for (LocalDate d : days) {
            String text;
            String ref = "";
            BigDecimal amount;
            boolean debit;
            if (overdraft && style == Style.COOP && balance.signum() < 0 && YearMonth.from(d).isAfter(lastInterest)) {
                lastInterest = YearMonth.from(d);
                text = "INT. ON CC A/C UPTO " + DateStyle.abbr(d.minusMonths(1)).toUpperCase(Locale.ROOT) + "-"
                        + d.minusMonths(1).getYear();
                amount = Rupees.whole(Math.max(150, -balance.doubleValue() * 0.0095));
                debit = true;
            } else if (!overdraft && d.getDayOfMonth() >= 25 && !YearMonth.from(d).equals(lastSalary)) {
                lastSalary = YearMonth.from(d);
                ref = rng.letters(4) + rng.number(11);
                String emp = employer.name().toUpperCase(Locale.ROOT);
                text = switch (style) {
                    case COOP -> "NEFT/" + ref + "/" + emp + "/SALARY";
                    case APP -> "NEFT-" + ref + "-" + employer.name() + " Salary " + DateStyle.abbr(d) + " " + d.getYear();
                    case PSU -> "NEFT CR-" + rng.pickOf("HDFC", "ICIC", "UTIB", "SBIN") + "0" + rng.digits(6) + "-"
                            + emp + "-SAL " + DateStyle.abbr(d).toUpperCase(Locale.ROOT) + d.getYear() % 100 + "-" + ref;
                };
                amount = salary;
                debit = false;
            } else if (rng.chance(overdraft ? 0.3 : 0.2)) {
                debit = false;
                amount = overdraft ? rng.paise(5_000, 150_000) : rng.paise(300, 60_000);
                Who p = Cast2.folk(rng);
                switch (style) {
                    case COOP -> {
                        int k = rng.between(0, 2);
                        if (k == 0) {
                            text = "BY CASH";
                            amount = Rupees.rupees(rng.between(5, 400) * 500L);
                        } else if (k == 1) {
                            ref = rng.digits(6);
                            text = "BY CLG CHQ " + ref + " " + rng.pickOf("SBI", "BOB", "HDFC", "PNB", "UBI");
                        } else {
                            text = "BY TRF FROM " + p.surnameFirst();
                        }
                    }
                    case APP -> {
                        ref = rng.number(12);
                        text = rng.pickOf("UPI/P2A/" + ref + "/" + p.natural() + "/" + rng.pick(HANDLES),
                                "IMPS-" + ref + "-" + p.natural() + "-Refund", "Cashback - Debit card offer");
                        if (text.startsWith("Cashback")) {
                            amount = rng.paise(10, 250);
                        }
                    }
                    default -> {
                        if (rng.chance(0.3)) {
                            text = "CASH DEPOSIT-SELF-" + branch.name().toUpperCase(Locale.ROOT);
                        } else {
                            ref = rng.number(12);
                            text = "UPI CR-" + p.upper() + "-" + p.given().toLowerCase(Locale.ROOT).replace(" ", "")
                                    .replace(".", "") + "@" + rng.pick(HANDLES) + "-" + ref;
                        }
                    }
                }
            } else if (rng.chance(0.05)) {
                debit = true;
                amount = rng.paise(12, 700);
                text = switch (style) {
                    case COOP -> rng.pickOf("SMS CHGS", "LEDGER FOLIO CHGS", "CHQ BOOK ISSUE CHGS");
                    case APP -> rng.pickOf("Debit Card Annual Fee incl GST", "SMS Alert Charges");
                    default -> rng.pickOf("ATM AMC CHGS", "SMS CHARGES QTR", "MIN BAL CHGS");
                };
            } else {
                debit = true;
                amount = rng.chance(0.7) ? rng.paise(20, 4_000) : rng.paise(4_000, overdraft ? 250_000 : 45_000);
                String m = rng.pick(MERCHANTS);
                switch (style) {
                    case COOP -> {
                        int k = rng.between(0, 3);
                        if (k == 0) {
                            ref = rng.digits(6);
                            text = "TO CLG CHQ " + ref;
                        } else if (k == 1) {
                            ref = rng.digits(6);
                            text = "TO SELF CHQ " + ref;
                            amount = Rupees.rupees(rng.between(2, 100) * 500L);
                        } else if (k == 2) {
                            text = "UPI/" + rng.number(12) + "/" + m.toUpperCase(Locale.ROOT);
                        } else {
                            text = "RTGS/" + rng.letters(4) + "R" + rng.digits(14) + "/"
                                    + Cast2.firm(rng).name().toUpperCase(Locale.ROOT);
                        }
                    }
                    case APP -> {
                        ref = rng.number(12);
                        text = switch (rng.between(0, 3)) {
                            case 0, 1 -> "UPI/P2M/" + ref + "/" + m;
                            case 2 -> "Debit Card POS - " + m + " " + holder.place().city();
                            default -> "ATM Cash Withdrawal - " + rng.pick(List.of(branch.address().city().split(" ")))
                                    + " " + rng.letters(2) + rng.digits(4);
                        };
                        if (text.startsWith("ATM")) {
                            amount = Rupees.rupees(rng.between(1, 20) * 500L);
                        }
                    }
                    default -> {
                        int k = rng.between(0, 3);
                        if (k == 0) {
                            ref = rng.digits(6);
                            text = "CHQ WDL-" + ref + "-" + Cast2.folk(rng).upper();
                        } else if (k == 1) {
                            text = "ATM WDL-" + rng.digits(6) + "-" + holder.place().city().toUpperCase(Locale.ROOT);
                            amount = Rupees.rupees(rng.between(1, 20) * 500L);
                        } else {
                            ref = rng.number(12);
                            text = "UPI DR-" + m.toUpperCase(Locale.ROOT) + "-" + ref;
                        }
                    }
                }
            }
            if (debit && balance.subtract(amount).compareTo(limit.negate()) < 0) {
                debit = false;
                ref = "";
                text = switch (style) {
                    case COOP -> "BY CASH";
                    case APP -> "Add Money via UPI";
                    default -> "CASH DEPOSIT-SELF-" + branch.name().toUpperCase(Locale.ROOT);
                };
            }
            balance = debit ? balance.subtract(amount) : balance.add(amount);
            LocalTime time = LocalTime.of(rng.between(6, 22), rng.between(0, 59));
            out.add(new Txn(d, time, text, ref, debit ? amount : null, debit ? null : amount, balance));
        }
        if (style == Style.APP) {
            // times rise within a day, so a newest-first listing is unambiguous
            List<Txn> timed = new ArrayList<>();
            for (int i = 0; i < out.size(); ) {
                int j = i;
                while (j < out.size() && out.get(j).date().equals(out.get(i).date())) {
                    j++;
                }
                int n = j - i;
                for (int k = i; k < j; k++) {
                    Txn x = out.get(k);
                    LocalTime t = LocalTime.of(7 + (k - i) * 14 / n + rng.between(0, 1), rng.between(0, 59));
                    timed.add(new Txn(x.date(), t, x.narration(), x.ref(), x.debit(), x.credit(), x.balance()));
                }
                i = j;
            }
            out = timed;
        }
        String product = switch (style) {
            case COOP -> overdraft ? rng.pickOf("CC - Cash Credit (Trade)", "OD - Overdraft against FD") : rng.pickOf(
                    "SB - Savings Bank", "SB - Savings (Staff)");
            case APP -> rng.pickOf("Savings Account - Regular", "Digital Savings Account", "Salary Savings Account");
            default -> rng.pickOf("SAVINGS BANK - GENERAL", "SB - PUBLIC INDIVIDUAL", "SAVINGS - NO FRILL");
        };
        return new Book(branch, holder, Ids.account(rng, bank.accountDigits()), product, rng.number(9), from, to,
                opening, List.copyOf(out));
    }
}
