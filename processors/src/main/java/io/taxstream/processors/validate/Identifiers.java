package io.taxstream.processors.validate;

import java.util.regex.Pattern;

/** The contract's identifier checks (placeholder until the full version lands). */
public final class Identifiers {

    private static final Pattern PAN = Pattern.compile("[A-Z]{3}[ABCFGHLJPT][A-Z][0-9]{4}[A-Z]");
    private static final Pattern TAN = Pattern.compile("[A-Z]{4}[0-9]{5}[A-Z]");
    private static final Pattern IFSC = Pattern.compile("[A-Z]{4}0[A-Z0-9]{6}");

    private Identifiers() {
    }

    public static boolean isValidPan(String s) {
        return s != null && PAN.matcher(s).matches();
    }

    public static boolean isValidTan(String s) {
        return s != null && TAN.matcher(s).matches();
    }

    public static boolean isValidIfsc(String s) {
        return s != null && IFSC.matcher(s).matches();
    }
}
