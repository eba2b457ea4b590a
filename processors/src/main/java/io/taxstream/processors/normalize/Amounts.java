package io.taxstream.processors.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts, balances and plain numbers. An amount is a whole token: currency before or after it,
 * a sign, parentheses or a trailing minus for negatives, {@code /-} after it, a {@code Dr}/{@code Cr}
 * marker. Anything else is rejected: a date, a PAN, a range of years, and a percentage (a rate is
 * not an amount). {@code Nil} reads as zero; a lone dash does not (a blank cell is not a zero).
 */
final class Amounts {

    private static final String CURRENCY = Patterns.CURRENCY + "\\s*:?\\s*";
    private static final Pattern AMOUNT = Pattern.compile("(?<open>\\()?\\s*(?:" + CURRENCY + ")?"
            + "(?<sign>\\(-\\)|[-+])?\\s*(?:" + CURRENCY + ")?"
            + "(?<num>" + Patterns.AMOUNT_DIGITS + "|\\d+\\.|\\.\\d+)"
            + "\\s*(?:/-|/=)?(?:\\s*(?:inr|rs\\.?))?\\s*(?<trail>-)?\\s*(?<close>\\))?"
            + "(?:\\s*(?<mark>dr|cr)\\.?)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBER = Pattern.compile("(?<sign>[-+])?\\s*(?<num>" + Patterns.AMOUNT_DIGITS
            + "|\\.\\d+)");
    /** Spaces around a grouping comma or decimal point, left by word splitting: {@code 1, 23,456 .50}. */
    private static final Pattern SPACED_SEPARATOR = Pattern.compile("(?<=\\d)\\s+(?=[,.]\\d)|(?<=\\d[,.])\\s+(?=\\d)");
    private static final Pattern NIL = Pattern.compile("(?:rs\\.?\\s*)?nil", Pattern.CASE_INSENSITIVE);
    private static final String ZERO = "0.00";

    private Amounts() {
    }

    /** {@code Rs. 1,23,456.5} → {@code 123456.50}; a Dr/Cr marker is accepted and ignored. */
    static Optional<String> amount(String raw) {
        return parse(raw, false);
    }

    /** As {@link #amount(String)}, but {@code Dr} makes the balance negative and {@code Cr} positive. */
    static Optional<String> balance(String raw) {
        return parse(raw, true);
    }

    /** {@code 30.0} → {@code 30}, {@code 1,250.500} → {@code 1250.5}: no grouping, no trailing zeros. */
    static Optional<String> number(String raw) {
        Matcher m = NUMBER.matcher(prepare(raw));
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal value = decimal(m.group("num")).stripTrailingZeros();
        if (value.signum() != 0 && "-".equals(m.group("sign"))) {
            value = value.negate();
        }
        return Optional.of(value.signum() == 0 ? "0" : value.toPlainString());
    }

    private static Optional<String> parse(String raw, boolean marked) {
        String s = prepare(raw);
        if (NIL.matcher(s).matches()) {
            return Optional.of(ZERO);
        }
        Matcher m = AMOUNT.matcher(s);
        if (!m.matches() || m.group("open") == null != (m.group("close") == null)) {
            return Optional.empty();
        }
        BigDecimal value = decimal(m.group("num")).setScale(2, RoundingMode.HALF_UP);
        boolean negative = m.group("open") != null || m.group("trail") != null
                || m.group("sign") != null && !"+".equals(m.group("sign"));
        String mark = m.group("mark");
        if (marked && mark != null) {
            negative = mark.equalsIgnoreCase("dr");
        }
        if (value.signum() == 0) {
            return Optional.of(ZERO);
        }
        return Optional.of((negative ? value.negate() : value).toPlainString());
    }

    /** Validated digits with optional grouping commas and decimals; never throws. */
    private static BigDecimal decimal(String digits) {
        String plain = digits.indexOf(',') < 0 ? digits : digits.replace(",", "");
        if (plain.endsWith(".")) {
            plain = plain.substring(0, plain.length() - 1);
        }
        return new BigDecimal(plain);
    }

    private static String prepare(String raw) {
        String s = Chars.fold(raw).trim();
        return s.indexOf(' ') < 0 ? s : SPACED_SEPARATOR.matcher(s).replaceAll("");
    }
}
