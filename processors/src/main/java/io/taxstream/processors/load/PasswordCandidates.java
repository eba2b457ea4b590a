package io.taxstream.processors.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Passwords to try on an encrypted PDF, derived from what the producer knows of the taxpayer, in the
 * conventions Indian issuers use, most likely first, without duplicates and bounded in number.
 *
 * <p>Hint keys: {@code pan}, {@code tan}, {@code name}, {@code dob} (any date form the date
 * normaliser reads; a two-digit year is taken in the past), {@code account_number},
 * {@code customer_id}, {@code mobile}. {@link #toString()} never shows a candidate.
 */
public final class PasswordCandidates {

    /** How many candidates are kept unless told otherwise. */
    public static final int DEFAULT_LIMIT = 12;

    /** Conventions, most likely first; a rule yields null when a hint it needs is missing. */
    private static final List<Function<Facts, String>> RULES = List.of(
            f -> f.pan,                                          // employers' Form 16 and payslips
            f -> lower(f.pan),
            f -> join(f.name4, f.ddmm),                          // many banks' statements
            f -> f.customerId,                                   // banks keyed by customer id
            f -> join(lower(f.pan), f.ddmmyyyy),                 // AIS/TIS-style
            f -> f.ddmmyyyy,                                     // Form 26AS-style
            f -> join(upper(f.name4), f.ddmm),
            f -> join(f.name4, f.ddmmyyyy),
            f -> join(upper(f.name4), f.ddmmyyyy),
            f -> join(f.account4, f.ddmm),
            f -> join(f.mobile4, f.ddmm),
            f -> f.tan,
            f -> join(f.pan, f.ddmmyyyy),
            f -> join(f.ddmm, f.account4),
            f -> f.ddmmyy,
            f -> f.mobile,
            f -> f.account);

    private final List<String> candidates;

    private PasswordCandidates(List<String> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    /** Candidates from producer hints, at most {@link #DEFAULT_LIMIT}. */
    public static PasswordCandidates from(Map<String, String> hints) {
        return from(hints, DEFAULT_LIMIT);
    }

    /** Candidates from producer hints, at most {@code limit}. */
    public static PasswordCandidates from(Map<String, String> hints, int limit) {
        Facts facts = Facts.of(hints);
        Set<String> unique = new LinkedHashSet<>();
        for (Function<Facts, String> rule : RULES) {
            if (unique.size() >= limit) {
                break;
            }
            String candidate = rule.apply(facts);
            if (candidate != null && !candidate.isEmpty()) {
                unique.add(candidate);
            }
        }
        return new PasswordCandidates(new ArrayList<>(unique));
    }

    /** The candidates in the order to try them. */
    public List<String> asList() {
        return candidates;
    }

    public int size() {
        return candidates.size();
    }

    public boolean isEmpty() {
        return candidates.isEmpty();
    }

    /** Never shows a candidate. */
    @Override
    public String toString() {
        return "PasswordCandidates[" + candidates.size() + "]";
    }

    private static String join(String a, String b) {
        return a == null || b == null ? null : a + b;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    /** The pieces the conventions are made of, derived once from the hints. */
    private record Facts(String pan, String tan, String name4, String ddmm, String ddmmyyyy, String ddmmyy,
                         String account, String account4, String mobile, String mobile4, String customerId) {

        static Facts of(Map<String, String> raw) {
            HintValues h = new HintValues(raw);
            LocalDate dob = h.dateOfBirth();
            String ddmm = dob == null ? null : String.format(Locale.ROOT, "%02d%02d", dob.getDayOfMonth(), dob.getMonthValue());
            String account = h.digits("account_number");
            String mobile = h.digits("mobile");
            return new Facts(upper(h.compact("pan")), upper(h.compact("tan")), h.nameLetters(4), ddmm,
                    dob == null ? null : ddmm + String.format(Locale.ROOT, "%04d", dob.getYear()),
                    dob == null ? null : ddmm + String.format(Locale.ROOT, "%02d", dob.getYear() % 100),
                    account, HintValues.last(account, 4), mobile == null ? null : HintValues.last(mobile, 10),
                    HintValues.last(mobile, 4), h.compact("customer_id"));
        }
    }
}
