package io.taxstream.processors.normalize;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifier-like values: PAN, TAN, IFSC (upper case, spaces removed, pattern checked) and account
 * numbers (as printed, spaces and dashes removed, masking kept). A value given with its label
 * ({@code PAN: ABCDE1234F}) is accepted when the text holds exactly one such code.
 */
final class Codes {

    private static final Pattern PAN = Pattern.compile("[A-Z]{5}[0-9]{4}[A-Z]");
    private static final Pattern TAN = Pattern.compile("[A-Z]{4}[0-9]{5}[A-Z]");
    private static final Pattern IFSC = Pattern.compile("[A-Z]{4}0[A-Z0-9]{6}");
    private static final Pattern SPACES = Pattern.compile("[\\s-]+");
    private static final Pattern ACCOUNT_LABEL = Pattern.compile(
            "^(?:(?:savings|current|sb|ca|loan)\\s+)?(?:account|acct|a/?c)(?![a-z])\\.?\\s*"
                    + "(?:number|num|no|#)?\\.?\\s*[:.#-]?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ACCOUNT = Pattern.compile("[A-Z0-9*#]{4,34}");
    private static final int MIN_ACCOUNT_DIGITS = 3;

    private Codes() {
    }

    static Optional<String> pan(String raw) {
        return code(raw, PAN, Patterns.PAN);
    }

    static Optional<String> tan(String raw) {
        return code(raw, TAN, Patterns.TAN);
    }

    static Optional<String> ifsc(String raw) {
        return code(raw, IFSC, Patterns.IFSC);
    }

    /** {@code XXXX XXXX 1234} → {@code XXXXXXXX1234}; needs at least three digits. */
    static Optional<String> accountNumber(String raw) {
        String s = ACCOUNT_LABEL.matcher(Chars.fold(raw).trim()).replaceFirst("");
        String compact = SPACES.matcher(s).replaceAll("").toUpperCase(Locale.ROOT);
        if (!ACCOUNT.matcher(compact).matches() || digits(compact) < MIN_ACCOUNT_DIGITS) {
            return Optional.empty();
        }
        return Optional.of(compact);
    }

    private static Optional<String> code(String raw, Pattern whole, Pattern finder) {
        String folded = Chars.fold(raw);
        String compact = SPACES.matcher(folded).replaceAll("").toUpperCase(Locale.ROOT);
        if (whole.matcher(compact).matches()) {
            return Optional.of(compact);
        }
        Matcher m = finder.matcher(folded);
        String found = null;
        while (m.find()) {
            String code = m.group().toUpperCase(Locale.ROOT);
            if (found != null && !found.equals(code)) {
                return Optional.empty();
            }
            found = code;
        }
        return Optional.ofNullable(found);
    }

    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }
}
