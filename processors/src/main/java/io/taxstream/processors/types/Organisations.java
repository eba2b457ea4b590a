package io.taxstream.processors.types;

import io.taxstream.processors.extract.ExtractedField;
import io.taxstream.processors.layout.Line;
import io.taxstream.processors.layout.Segment;
import io.taxstream.processors.rules.Draft;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of organisations as the contract wants them: the name itself, without where it is, its
 * short form, or the "M/s." (Messrs) that addresses a firm.
 */
final class Organisations {

    private static final Pattern COUNTRY = Pattern.compile("(?i),\\s*india\\.?$");
    private static final Pattern DEVANAGARI = Pattern.compile("\\p{InDevanagari}");
    private static final Pattern SHORT_FORM = Pattern.compile("\\s*\\(([A-Z][A-Za-z]{1,7})\\)\\s*$");

    private static final Pattern TRAILING_COMMA = Pattern.compile("[\\s,;]+$");
    private static final Pattern MESSRS = Pattern.compile("(?i)^\\s*m/s\\.?\\s*");
    private static final Pattern NAME_AND_ADDRESS = Pattern.compile("(?i)name\\s*(and|&)\\s*address");
    /** A trailing place: one or two capitalised words after the last comma, no digits, no legal form. */
    private static final Pattern TRAILING_PLACE = Pattern.compile(",\\s*(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)?)\\s*,?\\s*$");
    private static final Pattern WRAPPED_PLACE = Pattern.compile("\\p{Lu}[\\p{L}.-]*(\\s+\\p{Lu}[\\p{L}.-]*)?");
    /** The last words of a firm's name that may wrap onto the next line. */
    private static final Pattern LEGAL_TAIL = Pattern.compile("(?i)((and|&)\\s+)?(\\p{L}+\\s+){0,2}(services|"
            + "(pvt\\.?|private)\\s+(ltd\\.?|limited)|ltd\\.?|limited|llp|company|corporation|industries|enterprises|agency|associates)");
    private static final Pattern LEGAL_FORM = Pattern.compile("(?i)\\b(ltd|limited|llp|pvt|private|inc|corp|co|company|services|society|trust)\\b\\.?");
    /** How far (in points) a continuation line's text may start from the value's left edge. */
    private static final float ALIGN = 6;

    private Organisations() {
    }

    /**
     * "भारतीय उदाहरण बैंक / Indian Example Bank" → "Indian Example Bank"; "DEPARTMENT OF POSTS, INDIA" →
     * "DEPARTMENT OF POSTS"; "Alpha Beta Services Limited (ABS)" → "Alpha Beta Services Limited", since the
     * bracket holds the name's own initials (a bracket that says something else, such as "(CRA)", stays).
     */
    static String name(String printed) {
        return withoutShortForm(COUNTRY.matcher(MESSRS.matcher(latin(printed.trim())).replaceFirst("")).replaceFirst(""));
    }

    /**
     * The name with its country kept ("DEPARTMENT OF POSTS, INDIA"), for a proof's issuer, which the
     * contract takes as printed; the Latin half and the short form are dropped as by {@link #name}.
     */
    static String withCountry(String printed) {
        return withoutShortForm(MESSRS.matcher(latin(printed.trim())).replaceFirst(""));
    }

    /** Without its own initials in brackets, and without the comma that led into an address on the next line. */
    private static String withoutShortForm(String name) {
        Matcher m = SHORT_FORM.matcher(name);
        if (m.find() && isInitialsOf(m.group(1), name.substring(0, m.start()))) {
            name = name.substring(0, m.start());
        }
        return TRAILING_COMMA.matcher(name).replaceFirst("").trim();
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

    /** The issuer's name as labelled, tidied by {@link #name}; else the letterhead's. */
    static void labelledOrLetterhead(Draft draft, String field) {
        if (draft.has(field)) {
            ExtractedField f = draft.field(field);
            draft.put(field, name(f.value()), f.confidence(), f.page(), f.box());
        } else {
            Titles.organisation(draft.layout().lines()).map(t -> name(t.value()))
                    .ifPresent(n -> draft.put(field, n, 0.8, 1, null));
        }
    }

    /** Tidies a firm's name found for {@code field}: {@link #name}, and no place run into a one-line name-and-address value. */
    static void tidy(Draft draft, String field) {
        ExtractedField f = draft.field(field);
        if (f == null) {
            return;
        }
        String name = name(f.value());
        if (f.box() != null) {
            List<Line> lines = draft.layout().lines();
            int line = lineOf(lines, f);
            name = addressRunIn(lines, line, f) ? withoutTrailingPlace(name) : withLegalTail(name, lines, line, f);
        }
        if (!name.equals(f.value()) && !name.isBlank()) {
            draft.put(field, name, f.confidence(), f.page(), f.box());
        }
    }

    /**
     * A firm's name whose last words wrapped onto the address lines ("M/s. Trinetra Security &amp; Allied"
     * over "Services, Kozhikode"): the words before the first comma below, when they are a legal form.
     */
    private static String withLegalTail(String name, List<Line> lines, int line, ExtractedField f) {
        if (name.endsWith(".") || LEGAL_FORM.matcher(name.substring(Math.max(0, name.lastIndexOf(' ') + 1))).matches()) {
            return name; // the name already ends as a firm's name does
        }
        return below(lines, line, f)
                .map(s -> s.text().split(",", 2)[0].strip())
                .filter(tail -> LEGAL_TAIL.matcher(tail).matches())
                .map(tail -> name + " " + tail).orElse(name);
    }

    static String withoutTrailingPlace(String name) {
        Matcher m = TRAILING_PLACE.matcher(name);
        return m.find() && !LEGAL_FORM.matcher(m.group(1)).find() ? name.substring(0, m.start()).trim() : name;
    }

    /**
     * Whether the value stands on a line labelled "Name and address" and nothing continues it on
     * the next line but the rest of a wrapped place name: the address, then, is in the value itself.
     */
    private static boolean addressRunIn(List<Line> lines, int i, ExtractedField f) {
        if (i < 0 || !NAME_AND_ADDRESS.matcher(lines.get(i).text()).find()) {
            return false;
        }
        // no line continues the value, or only the rest of a place name that wrapped ("Chhatrapati" / "Sambhajinagar")
        return below(lines, i, f).map(s -> WRAPPED_PLACE.matcher(s.text()).matches()).orElse(true);
    }

    /** The index of the line the field's value stands on, or -1. */
    private static int lineOf(List<Line> lines, ExtractedField f) {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.page() == f.page() && f.box().y() >= line.top() - 1 && f.box().y() <= line.bottom()) {
                return i;
            }
        }
        return -1;
    }

    /** The text that continues the value of line {@code i} on the next line, if any. */
    private static Optional<Segment> below(List<Line> lines, int i, ExtractedField f) {
        return i < 0 || i + 1 >= lines.size() ? Optional.empty() : continuation(lines.get(i + 1), lines.get(i), f.box().x());
    }

    private static Optional<Segment> continuation(Line next, Line line, float valueLeft) {
        if (next.page() != line.page() || next.top() - line.bottom() > line.bottom() - line.top()) {
            return Optional.empty();
        }
        if (next.segments().get(0).left() < valueLeft - ALIGN) {
            return Optional.empty(); // the next line has a label of its own: it is the next row of the grid
        }
        // the value's box may start at a colon before it (": Office of ..."): allow a couple of characters' width
        float reach = Math.max(ALIGN, 2 * (line.bottom() - line.top()));
        return next.segments().stream().filter(s -> Math.abs(s.left() - valueLeft) <= reach).findFirst();
    }
}
