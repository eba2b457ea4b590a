package io.taxstream.processors.rules;

import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.normalize.Normalizers;
import io.taxstream.processors.normalize.Patterns;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parser of each contract kind: a pattern that finds a token and the normaliser that checks it. */
public final class ValueParsers {

    /** Separators between a label and its value: colons, dashes, equals signs, "Rs." is left for the amount. */
    private static final Pattern LEADING = Pattern.compile("^[\\s:;=\\-\u2013\u2014|>.]+");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,])\\d+(?:,\\d{3})*(?:\\.\\d+)?(?![\\w,]|\\.\\d)");

    private static final Pattern OPEN_TAIL = Pattern.compile("[\\s,;:/-]*[(\\[][^)\\]]*$");
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("from", "to", "date", "period", "year",
            "name", "address", "designation", "details", "n/a", "na", "nil", "none", "not applicable", "-");

    private static final Pattern PAGE_NUMBER = Pattern.compile("\\bpage\\s*\\d|^\\d+\\s*(/|of)\\s*\\d+$");

    /** An amount (not the number of a section such as "80CCD"), or "Nil", which forms print for zero. */
    private static final Pattern AMOUNT_OR_NIL = Pattern.compile("(?:" + Patterns.AMOUNT.pattern() + ")(?!\\p{L})"
            + "|(?<![\\w])nil(?![\\w])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ValueParsers() {
    }

    public static ValueParser of(FieldKind kind) {
        return switch (kind) {
            case AMOUNT -> token(AMOUNT_OR_NIL, Normalizers::amount);
            case BALANCE -> token(AMOUNT_OR_NIL, Normalizers::balance);
            case DATE -> token(Patterns.DATE, Normalizers::date);
            case MONTH -> monthOrDate();
            case FINANCIAL_YEAR -> token(Patterns.YEAR_RANGE, Normalizers::financialYear);
            case ASSESSMENT_YEAR -> token(Patterns.YEAR_RANGE, Normalizers::assessmentYear);
            case PAN -> token(Patterns.PAN, Normalizers::pan);
            case TAN -> token(Patterns.TAN, Normalizers::tan);
            case IFSC -> token(Patterns.IFSC, Normalizers::ifsc);
            case ACCOUNT_NUMBER -> token(Patterns.ACCOUNT_NUMBER, Normalizers::accountNumber);
            case NUMBER -> token(NUMBER, Normalizers::number);
            case NAME -> phrase(ValueParsers::plausibleName);
            case TEXT, ENUM -> phrase(Normalizers::text);
        };
    }

    /** The first token the pattern finds that the normaliser accepts. */
    public static ValueParser token(Pattern pattern, Function<String, Optional<String>> normaliser) {
        return text -> {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                Optional<String> v = normaliser.apply(m.group());
                if (v.isPresent()) {
                    return Optional.of(new Parsed(v.get(), m.start(), m.end()));
                }
            }
            return Optional.empty();
        };
    }

    /** The whole text, separators stripped; it must hold a letter. */
    public static ValueParser phrase(Function<String, Optional<String>> normaliser) {
        return text -> {
            Matcher lead = LEADING.matcher(text);
            int start = lead.find() ? lead.end() : 0;
            String rest = text.substring(start).trim();
            int bar = rest.indexOf('|');
            if (bar >= 0) {
                // a vertical bar separates fields printed on one line ("Anand Rizvi | Code: 261810")
                rest = rest.substring(0, bar).trim();
            }
            if (rest.isEmpty() || !HAS_LETTER.matcher(rest).find()) {
                return Optional.empty();
            }
            return normaliser.apply(rest).map(v -> new Parsed(v, start, text.length()));
        };
    }

    /**
     * A name as printed, unless it is something else: an identifier (PAN, TAN), a number, a date,
     * or a word that labels rather than names ("From", "Date").
     */
    static Optional<String> plausibleName(String raw) {
        // a name cut short before its bracketed PAN ("E. KARTHIKEYAN (PAN ...") keeps no open bracket
        Optional<String> name = Normalizers.name(OPEN_TAIL.matcher(raw).replaceFirst(""));
        if (name.isEmpty()) {
            return name;
        }
        String v = name.get();
        String lower = v.toLowerCase(java.util.Locale.ROOT);
        long letters = v.chars().filter(Character::isLetter).count();
        if (letters < 2 || NOT_NAMES.contains(lower) || PAGE_NUMBER.matcher(lower).find() || Patterns.PAN.matcher(v).find() || Patterns.TAN.matcher(v).find()
                || Patterns.DATE.matcher(v).find() || v.chars().filter(Character::isDigit).count() > letters) {
            return Optional.empty();
        }
        return name;
    }

    private static ValueParser monthOrDate() {
        ValueParser month = token(Patterns.MONTH, Normalizers::month);
        ValueParser date = token(Patterns.DATE, d -> Normalizers.date(d).map(iso -> iso.substring(0, 7)));
        return text -> {
            Optional<Parsed> m = month.first(text);
            Optional<Parsed> d = date.first(text);
            if (m.isPresent() && d.isPresent()) {
                return d.get().start() <= m.get().start() ? d : m;
            }
            return m.isPresent() ? m : d;
        };
    }

    /** Whether a text is only an amount (with its currency and markers): a numeric table cell. */
    public static boolean isAmountOnly(String text) {
        Matcher m = AMOUNT_OR_NIL.matcher(text.trim());
        return m.matches() && Normalizers.amount(m.group()).isPresent();
    }

    /** Whether a text holds a letter (a label or a name rather than a number). */
    public static boolean hasLetter(String text) {
        return HAS_LETTER.matcher(text).find();
    }
}
