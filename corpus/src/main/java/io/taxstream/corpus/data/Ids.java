package io.taxstream.corpus.data;

import io.taxstream.corpus.util.Rng;
import java.util.Locale;

/** Identifiers in the formats Indian tax and banking systems issue them. */
public final class Ids {

    private static final java.util.Map<String, String> EPFO_REGIONS = java.util.Map.ofEntries(
            java.util.Map.entry("Maharashtra", "MH"), java.util.Map.entry("Karnataka", "KN"),
            java.util.Map.entry("Tamil Nadu", "TN"), java.util.Map.entry("Telangana", "TS"),
            java.util.Map.entry("Delhi", "DL"), java.util.Map.entry("Haryana", "HR"),
            java.util.Map.entry("Uttar Pradesh", "UP"), java.util.Map.entry("West Bengal", "WB"),
            java.util.Map.entry("Gujarat", "GJ"), java.util.Map.entry("Rajasthan", "RJ"),
            java.util.Map.entry("Kerala", "KR"), java.util.Map.entry("Madhya Pradesh", "MP"),
            java.util.Map.entry("Chandigarh", "PB"));

    private Ids() {
    }

    /** A person's PAN: fourth letter P, fifth the surname's initial. */
    public static String personPan(Rng rng, String surname) {
        return rng.letters(3) + "P" + initial(surname, rng) + rng.number(4) + rng.letters(1);
    }

    /** A company's PAN: fourth letter C, fifth the name's initial. */
    public static String companyPan(Rng rng, String name) {
        return rng.letters(3) + "C" + initial(name, rng) + rng.number(4) + rng.letters(1);
    }

    /** A TAN: jurisdiction code, the deductor's initial, five digits and a letter. */
    public static String tan(Rng rng, Place place, String deductor) {
        return place.tanCode() + initial(deductor, rng) + rng.number(5) + rng.letters(1);
    }

    public static String ifsc(Rng rng, String bankCode) {
        return bankCode + "0" + (rng.chance(0.8) ? rng.digits(6) : rng.alnum(6));
    }

    /** A Universal Account Number (EPFO): twelve digits starting 100 or 101. */
    public static String uan(Rng rng) {
        return "10" + rng.between(0, 1) + rng.digits(9);
    }

    /** A PF member id such as {@code MH/BAN/0051234/000/0001234}. */
    public static String pfNumber(Rng rng, Place place) {
        String state = EPFO_REGIONS.getOrDefault(place.state(), place.state().substring(0, 2).toUpperCase(Locale.ROOT));
        return state + "/" + place.city().substring(0, 3).toUpperCase(Locale.ROOT) + "/" + rng.digits(7) + "/000/"
                + rng.digits(7);
    }

    /** An account number of the given length, never starting with zero. */
    public static String account(Rng rng, int digits) {
        return rng.number(digits);
    }

    /** Masks all but the last four digits with X. */
    public static String mask(String account) {
        return "X".repeat(account.length() - 4) + account.substring(account.length() - 4);
    }

    private static String initial(String name, Rng rng) {
        for (char c : name.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c >= 'A' && c <= 'Z') {
                return String.valueOf(c);
            }
        }
        return rng.letters(1);
    }
}
