package io.taxstream.processors.types;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names of issuing organisations as the contract wants them: the name itself, without where it is or its short form. */
final class Organisations {

    private static final Pattern COUNTRY = Pattern.compile("(?i),\\s*india\\.?$");
    private static final Pattern DEVANAGARI = Pattern.compile("\\p{InDevanagari}");
    private static final Pattern SHORT_FORM = Pattern.compile("\\s*\\(([A-Z][A-Za-z]{1,7})\\)\\s*$");

    private Organisations() {
    }

    /**
     * "भारतीय उदाहरण बैंक / Indian Example Bank" → "Indian Example Bank"; "DEPARTMENT OF POSTS, INDIA" →
     * "DEPARTMENT OF POSTS"; "Alpha Beta Services Limited (ABS)" → "Alpha Beta Services Limited", since the
     * bracket holds the name's own initials (a bracket that says something else, such as "(CRA)", stays).
     */
    static String name(String printed) {
        return withoutShortForm(COUNTRY.matcher(latin(printed.trim())).replaceFirst(""));
    }

    /**
     * The name with its country kept ("DEPARTMENT OF POSTS, INDIA"), for a proof's issuer, which the
     * contract takes as printed; the Latin half and the short form are dropped as by {@link #name}.
     */
    static String withCountry(String printed) {
        return withoutShortForm(latin(printed.trim()));
    }

    private static String withoutShortForm(String name) {
        Matcher m = SHORT_FORM.matcher(name);
        if (m.find() && isInitialsOf(m.group(1), name.substring(0, m.start()))) {
            name = name.substring(0, m.start());
        }
        return name.trim();
    }

    /** A name printed in two scripts ("भारतीय उदाहरण बैंक / Indian Example Bank") is compared in its Latin half. */
    private static String latin(String name) {
        if (!DEVANAGARI.matcher(name).find()) {
            return name;
        }
        for (String part : name.split("[/|]")) {
            if (!DEVANAGARI.matcher(part).find() && part.chars().anyMatch(Character::isLetter)) {
                return part.trim();
            }
        }
        return name;
    }

    private static boolean isInitialsOf(String shortForm, String name) {
        StringBuilder initials = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        return initials.toString().toUpperCase(java.util.Locale.ROOT).startsWith(shortForm.toUpperCase(java.util.Locale.ROOT));
    }
}
