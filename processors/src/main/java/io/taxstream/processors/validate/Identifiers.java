package io.taxstream.processors.validate;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks of Indian tax identifiers, and their masked forms for logs, metrics and the dashboard.
 * Checks expect normalised values (upper case, no spaces); null is never valid.
 */
public final class Identifiers {

    private static final Pattern PAN = Pattern.compile("[A-Z]{5}[0-9]{4}[A-Z]");
    private static final Pattern TAN = Pattern.compile("[A-Z]{4}[0-9]{5}[A-Z]");
    private static final Pattern IFSC = Pattern.compile("[A-Z]{4}0[A-Z0-9]{6}");
    /**
     * The fourth letter of a PAN says who holds it: Association of persons, Body of individuals,
     * Company, Firm, Government, Hindu undivided family, Local authority, artificial Juridical person,
     * Person (individual), Trust.
     */
    private static final String PAN_HOLDER_TYPES = "ABCFGHLJPT";
    private static final int KEEP = 4;

    private Identifiers() {
    }

    /** Whether a PAN has the right shape and a known holder type as its fourth letter. */
    public static boolean isValidPan(String pan) {
        return pan != null && PAN.matcher(pan).matches() && PAN_HOLDER_TYPES.indexOf(pan.charAt(3)) >= 0;
    }

    /** Whether a TAN has the right shape: four letters, five digits, a letter. */
    public static boolean isValidTan(String tan) {
        return tan != null && TAN.matcher(tan).matches();
    }

    /** Whether an IFSC has the right shape: four letters, a zero, six letters or digits. */
    public static boolean isValidIfsc(String ifsc) {
        return ifsc != null && IFSC.matcher(ifsc).matches();
    }

    /**
     * {@code ABCDE1234F} → {@code ABCDE****F}: the digits hidden. Anything that is not PAN-shaped is
     * hidden entirely, since it cannot be known which part of it is safe to show.
     */
    public static String maskPan(String pan) {
        if (pan == null) {
            return "";
        }
        if (pan.length() == 10 && PAN.matcher(pan.toUpperCase(Locale.ROOT)).matches()) {
            return pan.substring(0, 5) + "****" + pan.charAt(9);
        }
        return "*".repeat(pan.length());
    }

    /**
     * {@code 501000001234} → {@code XXXXXXXX1234}: every character but the last four replaced by
     * {@code X}, spaces and dashes dropped; four characters or fewer are hidden entirely.
     */
    public static String maskAccount(String account) {
        if (account == null) {
            return "";
        }
        String compact = account.replaceAll("[\\s-]+", "");
        if (compact.length() <= KEEP) {
            return "X".repeat(compact.length());
        }
        return "X".repeat(compact.length() - KEEP) + compact.substring(compact.length() - KEEP);
    }
}
