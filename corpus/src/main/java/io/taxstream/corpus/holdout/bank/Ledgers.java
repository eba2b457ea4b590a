package io.taxstream.corpus.holdout.bank;

import io.taxstream.corpus.data.Bank;
import io.taxstream.corpus.data.Employer;
import io.taxstream.corpus.data.Ids;
import io.taxstream.corpus.holdout.bank.Ledger.Entry;
import io.taxstream.corpus.holdout.kit.Cast;
import io.taxstream.corpus.kit.Who;
import io.taxstream.corpus.util.DateStyle;
import io.taxstream.corpus.util.Rng;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Makes up a statement: salary or business receipts, UPI and card spends, standing instructions,
 * cheques that clear a day or two later, charges and quarterly savings interest, with narrations
 * in the holdout banks' own styles (some long enough to wrap).
 */
public final class Ledgers {

    private static final List<String> SHOPS = List.of("MEESHO", "JIOMART", "PHARMEASY", "RAPIDO", "REDBUS",
            "MAKEMYTRIP", "DUNZO", "LENSKART", "PVR INOX", "HPCL FUEL", "NATURALS ICE CREAM", "MORE RETAIL",
            "SPENCERS RETAIL", "VIJAY SALES", "CAFE COFFEE DAY", "HALDIRAM", "DECATHLON SPORTS");
    private static final List<String> VPA = List.of("axisbank", "icici", "ybl", "apl", "okicici", "upi", "sbi");

    private Ledgers() {
    }

    /**
     * @param count     number of transactions
     * @param overdraft whether the account may run below zero (cash credit or overdraft)
     */
    public static Ledger random(Rng rng, Bank bank, int count, boolean overdraft) {
        Who holder = Cast.person(rng);
        Bank.Branch branch = Cast.branch(rng, bank, holder.place());
        LocalDate from = LocalDate.of(rng.between(2022, 2025), rng.between(1, 12), 1);
        int months = Math.max(1, Math.min(6, count / 18 + rng.between(0, 1)));
        LocalDate to = from.plusMonths(months).minusDays(1);
        BigDecimal limit = overdraft ? rng.rupees(200_000, 1_500_000, 50_000) : BigDecimal.ZERO;
        BigDecimal opening = overdraft ? rng.paise(-150_000, 40_000) : rng.paise(1_500, 250_000);
        Employer employer = Cast.employer(rng);
        BigDecimal salary = rng.rupees(18_000, 220_000, 1);
        List<LocalDate> dates = new ArrayList<>();
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        for (int i = 0; i < count; i++) {
            dates.add(from.plusDays(rng.between(0, (int) days - 1)));
        }
        dates.sort(null);
        List<Entry> out = new ArrayList<>();
        BigDecimal balance = opening;
        int paidMonth = -1;
        for (LocalDate d : dates) {
            String text;
            String ref = "";
            BigDecimal amount;
            boolean debit;
            LocalDate value = d;
            if (d.getMonthValue() != paidMonth && d.getDayOfMonth() >= 26 && !overdraft) {
                paidMonth = d.getMonthValue();
                ref = rng.letters(4) + rng.digits(12);
                text = rng.pickOf("NEFT CR " + ref + " " + employer.name().toUpperCase(Locale.ROOT) + " SAL "
                        + DateStyle.abbr(d).toUpperCase(Locale.ROOT) + d.getYear(),
                        "BY TRANSFER-NEFT*" + bank.ifscCode() + "0000" + rng.digits(3) + "*" + ref + "*"
                        + employer.name().toUpperCase(Locale.ROOT) + "--");
                amount = salary;
                debit = false;
            } else if (overdraft && rng.chance(0.3)) {
                text = rng.pickOf("RTGS CR-" + rng.letters(4) + "R5" + rng.digits(14) + "-"
                        + Cast.employer(rng).name().toUpperCase(Locale.ROOT), "CLG CHQ DEP " + rng.digits(6)
                        + " " + Cast.person(rng).upper(), "CASH DEPOSIT BY " + Cast.person(rng).upper());
                amount = rng.paise(5_000, 300_000);
                debit = false;
                if (text.startsWith("CLG")) {
                    value = d.plusDays(rng.between(1, 2));
                    ref = text.substring(12, 18);
                }
            } else if (rng.chance(0.18)) {
                String p = Cast.person(rng).upper();
                text = rng.pickOf("UPI/CR/" + rng.number(12) + "/" + p + "/" + rng.pick(VPA) + "/Sent via app",
                        "BY TRANSFER-IMPS/" + rng.number(12) + "/" + p + "/REFUND OF ADVANCE",
                        "CHQ DEPOSIT " + rng.digits(6) + " CTS CLEARING " + p);
                if (text.startsWith("CHQ")) {
                    ref = text.substring(12, 18);
                    value = d.plusDays(rng.between(1, 2));
                }
                amount = rng.paise(200, 45_000);
                debit = false;
            } else if (rng.chance(0.05)) {
                text = rng.pickOf("CHARGES FOR SMS ALERTS QTR", "ATM AMC CHARGES INCL GST",
                        "NON MAINTENANCE OF AQB CHARGES", "CHEQUE RETURN CHARGES");
                amount = rng.paise(15, 600);
                debit = true;
            } else if (rng.chance(0.06)) {
                ref = rng.digits(6);
                text = "CHQ PAID " + ref + " TO " + Cast.person(rng).upper();
                amount = rng.rupees(1_500, 120_000, 1);
                debit = true;
            } else {
                String shop = rng.pick(SHOPS);
                text = switch (rng.between(0, 5)) {
                    case 0, 1 -> "TO TRANSFER-UPI/DR/" + rng.number(12) + "/" + shop + "/"
                            + rng.letters(4) + "/" + shop.split(" ")[0].toLowerCase(Locale.ROOT) + "@"
                            + rng.pick(VPA) + "/Pay to merchant--";
                    case 2 -> "POS PURCHASE " + shop + " " + Cast.place(rng).city().toUpperCase(Locale.ROOT)
                            + " CARD XX" + rng.digits(4);
                    case 3 -> "ATM WDL " + rng.digits(6) + " " + Cast.place(rng).city().toUpperCase(Locale.ROOT)
                            + " " + rng.pickOf("OWN ATM", "NFS");
                    case 4 -> "ACH DR " + rng.pickOf("SIP AXIS MF ", "LIC PREMIUM ", "HOME LOAN EMI ",
                            "TATA AIA LIFE ") + rng.alnum(12) + " UMRN " + rng.pickOf("SBIN", "HDFC", "UTIB")
                            + rng.digits(16);
                    default -> "IMPS/P2A/" + rng.number(12) + "/" + Cast.person(rng).upper() + "/"
                            + rng.pickOf("RENT", "FEES", "MAINTENANCE", "HOUSEHOLD");
                };
                amount = rng.chance(0.75) ? rng.paise(25, 5_000) : rng.paise(5_000, 60_000);
                debit = true;
            }
            if (debit && balance.subtract(amount).compareTo(limit.negate()) < 0) {
                debit = false;
                text = "CASH DEPOSIT SELF AT " + branch.name().toUpperCase(Locale.ROOT);
                ref = "";
                value = d;
            }
            balance = debit ? balance.subtract(amount) : balance.add(amount);
            out.add(new Entry(d, value, text, ref, debit ? amount : null, debit ? null : amount, balance));
        }
        String type = overdraft ? rng.pickOf("CASH CREDIT - TRADERS", "Current A/c - Overdraft", "CC GENERAL")
                : rng.pickOf("SAVINGS BANK ACCOUNT", "Savings Account - Salary", "SB GENERAL", "Regular Savings");
        return new Ledger(branch, holder, Ids.account(rng, bank.accountDigits()), type, rng.number(11), from, to,
                opening, out);
    }
}
