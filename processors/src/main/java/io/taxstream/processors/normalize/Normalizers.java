package io.taxstream.processors.normalize;

import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.contract.FieldSpec;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns values as printed into the contract's normalised forms (see the contract's normalisation
 * table). Every method is pure, thread-safe and total: null, blank and unreadable input give
 * {@link Optional#empty()}, never an exception. Parsing is by precompiled patterns.
 */
public final class Normalizers {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]+");

    private static final Map<FieldKind, Function<String, Optional<String>>> BY_KIND = new EnumMap<>(FieldKind.class);

    static {
        BY_KIND.put(FieldKind.AMOUNT, Amounts::amount);
        BY_KIND.put(FieldKind.BALANCE, Amounts::balance);
        BY_KIND.put(FieldKind.NUMBER, Amounts::number);
        BY_KIND.put(FieldKind.DATE, Dates::date);
        BY_KIND.put(FieldKind.MONTH, Dates::month);
        BY_KIND.put(FieldKind.FINANCIAL_YEAR, FinancialYears::financialYear);
        BY_KIND.put(FieldKind.ASSESSMENT_YEAR, FinancialYears::assessmentYear);
        BY_KIND.put(FieldKind.PAN, Codes::pan);
        BY_KIND.put(FieldKind.TAN, Codes::tan);
        BY_KIND.put(FieldKind.IFSC, Codes::ifsc);
        BY_KIND.put(FieldKind.ACCOUNT_NUMBER, Codes::accountNumber);
        BY_KIND.put(FieldKind.NAME, Normalizers::text);
        BY_KIND.put(FieldKind.TEXT, Normalizers::text);
        BY_KIND.put(FieldKind.ENUM, Normalizers::enumValue);
    }

    private Normalizers() {
    }

    /** The normalised form of {@code raw} as a value of {@code kind}, or empty when it is not one. */
    public static Optional<String> normalize(FieldKind kind, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return BY_KIND.get(kind).apply(raw);
    }

    /** As {@link #normalize(FieldKind, String)}; an enum field's value must be one of its symbols. */
    public static Optional<String> normalize(FieldSpec field, String raw) {
        if (field.kind() == FieldKind.ENUM && !field.symbols().isEmpty()) {
            return raw == null ? Optional.empty() : enumValue(raw, field.symbols());
        }
        return normalize(field.kind(), raw);
    }

    /** {@code Rs. 1,23,456.5} → {@code 123456.50}, {@code (1,200.00)} → {@code -1200.00}; rejects percentages. */
    public static Optional<String> amount(String raw) {
        return normalize(FieldKind.AMOUNT, raw);
    }

    /** As an amount; {@code 12,345.00 Dr} → {@code -12345.00}, {@code Cr} → positive. */
    public static Optional<String> balance(String raw) {
        return normalize(FieldKind.BALANCE, raw);
    }

    /** Any supported date form → {@code YYYY-MM-DD}, numeric dates day first. */
    public static Optional<String> date(String raw) {
        return normalize(FieldKind.DATE, raw);
    }

    /** {@code Pay slip for the month of March 2024}, {@code Mar-24}, {@code 03/2024} → {@code 2024-03}. */
    public static Optional<String> month(String raw) {
        return normalize(FieldKind.MONTH, raw);
    }

    /** {@code FY 2023-2024}, {@code F.Y. 2023-24}, {@code 2023/24} → {@code 2023-24}. */
    public static Optional<String> financialYear(String raw) {
        return normalize(FieldKind.FINANCIAL_YEAR, raw);
    }

    /** {@code A.Y. 2024-25}, {@code AY 2024-2025} → {@code 2024-25}. */
    public static Optional<String> assessmentYear(String raw) {
        return normalize(FieldKind.ASSESSMENT_YEAR, raw);
    }

    /** {@code abcde 1234 f} → {@code ABCDE1234F}. */
    public static Optional<String> pan(String raw) {
        return normalize(FieldKind.PAN, raw);
    }

    /** {@code muma12345b} → {@code MUMA12345B}. */
    public static Optional<String> tan(String raw) {
        return normalize(FieldKind.TAN, raw);
    }

    /** {@code sbin0001234} → {@code SBIN0001234}. */
    public static Optional<String> ifsc(String raw) {
        return normalize(FieldKind.IFSC, raw);
    }

    /** {@code XXXX XXXX 1234} → {@code XXXXXXXX1234}. */
    public static Optional<String> accountNumber(String raw) {
        return normalize(FieldKind.ACCOUNT_NUMBER, raw);
    }

    /** As printed, runs of white space folded to one space, trimmed. */
    public static Optional<String> name(String raw) {
        return normalize(FieldKind.NAME, raw);
    }

    /** As printed, white space folded. */
    public static Optional<String> text(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String folded = WHITE_SPACE.matcher(Chars.fold(raw)).replaceAll(" ").trim();
        return folded.isEmpty() ? Optional.empty() : Optional.of(folded);
    }

    /** {@code 30.0} → {@code 30}, {@code 1,250.500} → {@code 1250.5}. */
    public static Optional<String> number(String raw) {
        return normalize(FieldKind.NUMBER, raw);
    }

    /**
     * Upper case, white space folded, spaces and dashes joined by {@code _} ({@code new regime} →
     * {@code NEW_REGIME}). Prefer {@link #enumValue(String, List)} when the symbols are known: it keeps
     * a symbol's own case, as in {@code 24(b)}.
     */
    public static Optional<String> enumValue(String raw) {
        return text(raw).map(t -> t.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
    }

    /**
     * The symbol that {@code raw} spells, compared ignoring case, spaces and punctuation
     * ({@code 80 ccd (1b)} → {@code 80CCD(1B)}, {@code life insurance premium} →
     * {@code LIFE_INSURANCE_PREMIUM}); empty when it spells none.
     */
    public static Optional<String> enumValue(String raw, List<String> symbols) {
        String key = squeeze(raw);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (String symbol : symbols) {
            if (squeeze(symbol).equals(key)) {
                return Optional.of(symbol);
            }
        }
        return Optional.empty();
    }

    private static String squeeze(String s) {
        return NOT_ALPHANUMERIC.matcher(Chars.fold(s)).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
