package io.taxstream.corpus.bank;

import io.taxstream.corpus.util.Rng;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Narrations as Indian core-banking systems print them: UPI, NEFT, IMPS, NACH, ATM, POS, cheques, charges. */
final class Narrations {

    private static final List<String> MERCHANTS = List.of("SWIGGY", "ZOMATO LTD", "BIGBASKET", "AMAZON PAY",
            "FLIPKART INTERNET", "RELIANCE RETAIL", "DMART AVENUE SUPERMARTS", "IRCTC", "UBER INDIA", "OLA CABS",
            "BOOKMYSHOW", "APOLLO PHARMACY", "MYNTRA DESIGNS", "BHARAT PETROLEUM", "INDIAN OIL", "JIO PREPAID",
            "AIRTEL PAYMENTS", "TATA PLAY", "BLINKIT", "ZEPTO MARKETPLACE", "NYKAA E RETAIL", "CROMA");
    private static final List<String> HANDLES = List.of("ybl", "okaxis", "paytm", "okhdfcbank", "oksbi", "ibl", "axl");
    private static final List<String> BILLERS = List.of("BESCOM", "MSEDCL", "TATA POWER", "BSES RAJDHANI",
            "TNEB", "MAHANAGAR GAS", "AIRTEL POSTPAID", "ACT FIBERNET", "LIC OF INDIA");

    private Narrations() {
    }

    static String salary(Rng rng, String employer, LocalDate d) {
        String month = d.getMonth().toString().substring(0, 3);
        return rng.pickOf("NEFT CR-" + rng.letters(4) + "0" + rng.digits(6) + "-" + employer.toUpperCase(Locale.ROOT)
                + "-SALARY " + month + " " + d.getYear(), "SALARY CREDIT FOR " + month + "-" + d.getYear() + " "
                + employer.toUpperCase(Locale.ROOT), "BY NEFT " + rng.letters(4) + "N" + rng.digits(11) + " SAL "
                + employer.toUpperCase(Locale.ROOT));
    }

    static String spend(Rng rng, String counterparty) {
        String m = rng.pick(MERCHANTS);
        String ref = rng.number(12);
        return switch (rng.between(0, 8)) {
            case 0, 1 -> "UPI/DR/" + ref + "/" + m + "/" + rng.letters(4) + "/" + m.split(" ")[0].toLowerCase(Locale.ROOT)
                    + "@" + rng.pick(HANDLES) + "/Payment";
            case 2 -> "UPI-" + m + "-" + m.split(" ")[0].toLowerCase(Locale.ROOT) + "@" + rng.pick(HANDLES) + "-"
                    + ref + "-UPI";
            case 3 -> "POS " + rng.digits(6) + "XXXXXX" + rng.digits(4) + " " + m;
            case 4 -> "ATM WDL " + rng.pickOf("ATM CASH ", "NFS CASH WDL ") + rng.digits(4) + " "
                    + rng.pickOf("MG ROAD", "SECTOR 18", "ANDHERI E", "T NAGAR", "KORAMANGALA");
            case 5 -> "BIL/ONL/" + rng.digits(9) + "/" + rng.pick(BILLERS) + "/" + rng.digits(10);
            case 6 -> "IMPS/P2A/" + ref + "/" + counterparty + "/" + rng.pickOf("HDFC BANK", "ICICI BANK", "SBI");
            case 7 -> "NACH DR " + rng.pickOf("HDFC MF SIP ", "ICICI PRU LIFE ", "BAJAJ FINANCE EMI ", "SBI MF SIP ")
                    + rng.alnum(10);
            default -> "NEFT DR-" + rng.letters(4) + "0" + rng.digits(6) + "-" + counterparty + "-" + rng.pickOf(
                    "RENT", "SCHOOL FEES", "MAINTENANCE", "TRANSFER");
        };
    }

    static String receipt(Rng rng, String counterparty) {
        return switch (rng.between(0, 4)) {
            case 0 -> "UPI/CR/" + rng.number(12) + "/" + counterparty + "/" + rng.letters(4) + "/" + rng.pickOf(
                    "Sent from Paytm", "NA", "Payment from PhonePe");
            case 1 -> "IMPS/P2A/" + rng.number(12) + "/" + counterparty + "/REFUND";
            case 2 -> "CHQ DEP-" + rng.digits(6) + "-CLG-" + rng.pickOf("MICR", "CTS");
            case 3 -> "CASH DEPOSIT BY SELF " + rng.pickOf("CDM", "BRANCH");
            default -> "NEFT CR-" + rng.letters(4) + "0" + rng.digits(6) + "-" + counterparty + "-" + rng.pickOf(
                    "REIMBURSEMENT", "LOAN RETURN", "GIFT");
        };
    }

    static String interest(LocalDate from, LocalDate to) {
        return "INT.PD:" + io.taxstream.corpus.util.DateStyle.DASHED.format(from) + " TO "
                + io.taxstream.corpus.util.DateStyle.DASHED.format(to);
    }

    static String charge(Rng rng) {
        return rng.pickOf("SMS ALERT CHARGES", "DEBIT CARD ANNUAL FEE", "GST ON CHARGES", "MIN BAL CHARGES",
                "CHQ BOOK ISSUE CHARGES");
    }
}
