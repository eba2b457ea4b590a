package io.taxstream.processors.normalize;

import java.util.regex.Pattern;

/**
 * Precompiled regular expressions that find values in text, for the extraction engine. Each
 * {@code Pattern} finds a candidate token (use {@link java.util.regex.Matcher#find()}); pass the
 * token to {@link Normalizers} for its contract form, which also rejects near misses (an invalid
 * calendar date, a range of years that are not consecutive). The {@code String} fragments are the
 * building blocks, for composing larger expressions; they contain no capturing groups unless said.
 * All are case-insensitive where letters may be printed in either case. The date patterns hold
 * named groups ({@code dsep}, {@code isep}) for their repeated separator.
 */
public final class Patterns {

    /** A month name, full or abbreviated ({@code Sept} too), with an optional full stop. */
    public static final String MONTH_NAME = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?";

    /**
     * A currency marker: {@code Rs.}, {@code Rs}, {@code INR}, {@code ₹}, and the grave accent that
     * PDFs typeset with the old "Rupee Foradian" font print for ₹.
     */
    public static final String CURRENCY = "(?:rs\\.?|inr|\u20B9|`)";

    /** The digits of an amount: Indian grouping, international grouping or none; optional decimals. */
    public static final String AMOUNT_DIGITS = "(?:\\d{1,3}(?:,\\d{2})*,\\d{3}|\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";

    /**
     * An amount with optional currency before it, sign or parentheses, {@code /-} after it and a
     * {@code Dr}/{@code Cr} marker: {@code Rs. 1,23,456.50}, {@code (1,200.00)}, {@code ₹ 12,000/-},
     * {@code 12,345.00 Dr}. Digits that belong to a date, a time or a range of years are not found.
     */
    public static final Pattern AMOUNT = Pattern.compile("(?<![\\w.,/:-])(?:" + CURRENCY + "\\s*)?(?:\\(-\\)\\s*)?"
            + "[-(]?\\s*(?:" + CURRENCY + "\\s*)?" + AMOUNT_DIGITS + "(?![\\d,]|[/.:-]\\d)(?:\\s*/-)?\\)?"
            + "(?:\\s*(?:dr|cr)\\b\\.?)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A day-first numeric date: {@code 01/04/2023}, {@code 1-4-2023}, {@code 01.04.23}. */
    public static final Pattern DATE_NUMERIC = Pattern.compile(
            "(?<![\\d/.-])\\d{1,2}\\s?(?<dsep>[/.-])\\s?\\d{1,2}\\s?\\k<dsep>\\s?(?:\\d{4}|\\d{2})(?![\\d/-])");

    /** A year-first numeric date: {@code 2023-04-01}, {@code 2023/04/01}. */
    public static final Pattern DATE_ISO = Pattern.compile(
            "(?<![\\d/.-])\\d{4}(?<isep>[/.-])\\d{1,2}\\k<isep>\\d{1,2}(?![\\d/-])");

    /**
     * A date with a month name: {@code 01-Apr-2023}, {@code 01 Apr 2023}, {@code 01APR23},
     * {@code 1st April 2023}, {@code April 1, 2023}.
     */
    public static final Pattern DATE_TEXTUAL = Pattern.compile("(?<![\\w])(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?"
            + "[\\s.,/'-]*" + MONTH_NAME + "[\\s.,/'-]*(?:\\d{4}|\\d{2})|" + MONTH_NAME
            + "\\s*\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);

    /** Any supported date form. */
    public static final Pattern DATE = Pattern.compile(DATE_TEXTUAL.pattern() + "|" + DATE_ISO.pattern() + "|"
            + DATE_NUMERIC.pattern(), Pattern.CASE_INSENSITIVE);

    /** A month of a year: {@code March 2024}, {@code MARCH, 2024}, {@code Mar-24}, {@code 03/2024}, {@code 2024-03}. */
    public static final Pattern MONTH = Pattern.compile("(?<![a-z])" + MONTH_NAME + "[\\s,.'/-]*(?:\\d{4}|\\d{2})(?!\\d)"
            + "|(?<![\\d/.-])\\d{1,2}\\s?[/.-]\\s?\\d{4}(?![\\d/.-])|(?<![\\d/.-])\\d{4}[/.-]\\d{1,2}(?![\\d/.-])",
            Pattern.CASE_INSENSITIVE);

    /** A range of two years: {@code 2023-24}, {@code 2023-2024}, {@code 2023/24}, {@code 2023 – 24}. */
    public static final Pattern YEAR_RANGE = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}\\s*[-\u2013\u2014/]\\s*"
            + "(?:(?:19|20)\\d{2}|\\d{2})(?!\\d|[/.-]\\d)");

    /** A financial year with or without its label: {@code FY 2023-2024}, {@code F.Y. 2023-24}, {@code 2023-24}. */
    public static final Pattern FINANCIAL_YEAR = Pattern.compile("(?:(?:f\\.?\\s?y\\.?|financial\\s+year|previous\\s+year)"
            + "\\s*[:.-]?\\s*)?" + YEAR_RANGE.pattern(), Pattern.CASE_INSENSITIVE);

    /** An assessment year with its label: {@code A.Y. 2024-25}, {@code Assessment Year 2024-2025}. */
    public static final Pattern ASSESSMENT_YEAR = Pattern.compile("(?:a\\.?\\s?y\\.?|assessment\\s+year)\\s*[:.-]?\\s*"
            + YEAR_RANGE.pattern(), Pattern.CASE_INSENSITIVE);

    /** A PAN: five letters, four digits, a letter. */
    public static final Pattern PAN = Pattern.compile("(?<![a-z0-9])[a-z]{5}\\d{4}[a-z](?![a-z0-9])",
            Pattern.CASE_INSENSITIVE);

    /** A TAN: four letters, five digits, a letter. */
    public static final Pattern TAN = Pattern.compile("(?<![a-z0-9])[a-z]{4}\\d{5}[a-z](?![a-z0-9])",
            Pattern.CASE_INSENSITIVE);

    /** An IFSC: four letters, a zero, six letters or digits. */
    public static final Pattern IFSC = Pattern.compile("(?<![a-z0-9])[a-z]{4}0[a-z0-9]{6}(?![a-z0-9])",
            Pattern.CASE_INSENSITIVE);

    /**
     * An account number: 9 to 18 digits, or 12 to 16 digits
     * in groups of four split by spaces or dashes, or masked ({@code XXXX XXXX 1234}, {@code ****1234}).
     */
    public static final Pattern ACCOUNT_NUMBER = Pattern.compile("(?<![\\w-])(?:(?:[x*#]{2,}[ -]?)+\\d{3,8}"
            + "|\\d{9,18}|\\d{4}(?:[ -]\\d{4}){2,3}(?:[ -]\\d{1,4})?)(?![\\w-])", Pattern.CASE_INSENSITIVE);

    private Patterns() {
    }
}
