package io.taxstream.processors.validate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal identifiers in free text before it reaches a log line, a metric label or a
 * message: every PAN-like token ({@code ABCDE1234F} → {@code ABCDE****F}, in either case) and every
 * account-number-like run of nine or more digits, possibly grouped by spaces or dashes (account
 * numbers, Aadhaar and mobile numbers), of which only the last four digits stay. Over-masking a
 * long plain number in a log is accepted; leaking an identifier is not.
 */
public final class Redactor {

    private static final Pattern SENSITIVE = Pattern.compile(
            "(?<pan>(?<![A-Za-z0-9])[A-Za-z]{5}[0-9]{4}[A-Za-z](?![A-Za-z0-9]))"
            + "|(?<digits>(?<![A-Za-z0-9])\\d(?:[ -]?\\d){8,}(?![\\d:]))");
    private static final int KEEP = 4;

    private Redactor() {
    }

    /** The text with identifiers masked; the same instance when there is nothing to mask. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = SENSITIVE.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            String token = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(
                    m.group("pan") != null ? token.substring(0, 5) + "****" + token.charAt(9) : maskDigits(token)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /** All digits but the last four become {@code X}; separators stay. */
    private static String maskDigits(String token) {
        char[] chars = token.toCharArray();
        int seen = 0;
        for (int i = chars.length - 1; i >= 0; i--) {
            if (Character.isDigit(chars[i]) && ++seen > KEEP) {
                chars[i] = 'X';
            }
        }
        return new String(chars);
    }
}
