package io.taxstream.processors.load;

import io.taxstream.processors.normalize.Normalizers;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Producer hints read leniently: keys in any case, values trimmed, blanks ignored. */
final class HintValues {

    /** Words before a name that are not part of it. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "shri", "sri", "smt", "kum",
            "kumari", "late", "m/s", "master", "prof");

    private final Map<String, String> values = new HashMap<>();

    HintValues(Map<String, String> hints) {
        hints.forEach((k, v) -> {
            if (k != null && v != null && !v.isBlank()) {
                values.put(k.trim().toLowerCase(Locale.ROOT), v.trim());
            }
        });
    }

    /** The value without white space, or null. */
    String compact(String key) {
        String v = values.get(key);
        return v == null ? null : v.replaceAll("\\s+", "");
    }

    /** The digits of the value, or null when it has none. */
    String digits(String key) {
        String v = values.get(key);
        if (v == null) {
            return null;
        }
        String d = v.replaceAll("\\D+", "");
        return d.isEmpty() ? null : d;
    }

    /** The date of birth; a two-digit year read into the future is moved a century back. */
    LocalDate dateOfBirth() {
        String v = values.get("dob");
        if (v == null) {
            return null;
        }
        LocalDate date = Normalizers.date(v).map(LocalDate::parse).orElse(null);
        if (date != null && date.isAfter(LocalDate.now())) {
            date = date.minusYears(100);
        }
        return date;
    }

    /** The first {@code n} letters of the name, lower case, titles skipped; null when there are none. */
    String nameLetters(int n) {
        String v = values.get("name");
        if (v == null) {
            return null;
        }
        StringBuilder letters = new StringBuilder(n);
        for (String word : v.toLowerCase(Locale.ROOT).split("[\\s.]+")) {
            if (letters.length() == 0 && TITLES.contains(word)) {
                continue;
            }
            for (int i = 0; i < word.length() && letters.length() < n; i++) {
                char c = word.charAt(i);
                if (c >= 'a' && c <= 'z') {
                    letters.append(c);
                }
            }
        }
        return letters.length() == 0 ? null : letters.toString();
    }

    /** The last {@code n} characters, or null when there are fewer. */
    static String last(String s, int n) {
        return s == null || s.length() < n ? null : s.substring(s.length() - n);
    }
}
