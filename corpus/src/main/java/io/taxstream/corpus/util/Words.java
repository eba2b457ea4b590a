package io.taxstream.corpus.util;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in words the Indian way (lakh, crore), as printed on payslips and certificates. */
public final class Words {

    private static final String[] ONES = {"", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
        "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"};
    private static final String[] TENS = {"", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty",
        "Ninety"};

    private Words() {
    }

    /** {@code Rupees One Lakh Two Thousand Only}, with paise when there are any. */
    public static String rupees(BigDecimal amount) {
        BigDecimal a = amount.abs().setScale(2, RoundingMode.HALF_UP);
        long whole = a.longValue();
        int paise = a.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        String words = "Rupees " + (whole == 0 ? "Zero" : number(whole));
        if (paise > 0) {
            words += " and " + number(paise) + " Paise";
        }
        return words + " Only";
    }

    /** A positive number in Indian words. */
    public static String number(long n) {
        StringBuilder sb = new StringBuilder();
        n = chunk(sb, n, 10_000_000L, "Crore");
        n = chunk(sb, n, 100_000L, "Lakh");
        n = chunk(sb, n, 1_000L, "Thousand");
        n = chunk(sb, n, 100L, "Hundred");
        if (n > 0) {
            sb.append(below100((int) n)).append(' ');
        }
        return sb.toString().trim();
    }

    private static long chunk(StringBuilder sb, long n, long unit, String name) {
        if (n >= unit) {
            long count = n / unit;
            sb.append(count >= 100 ? number(count) : below100((int) count)).append(' ').append(name).append(' ');
        }
        return n % unit;
    }

    private static String below100(int n) {
        if (n < 20) {
            return ONES[n];
        }
        return TENS[n / 10] + (n % 10 == 0 ? "" : " " + ONES[n % 10]);
    }
}
