package io.taxstream.processors.types;

import io.taxstream.processors.layout.Line;
import io.taxstream.processors.layout.Segment;
import io.taxstream.processors.normalize.Normalizers;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of people as Indian documents print them: after a salutation ("Mr.", "Smt.", "Shri"),
 * which is a form of address and not part of the name, in letters and in address blocks.
 */
final class People {

    private static final String SALUTATION = "(?:mr|mrs|ms|miss|mstr|master|shri|sri|smt|kum|kumari|dr|prof)";
    private static final Pattern LEADING = Pattern.compile("(?i)^\\s*" + SALUTATION + "\\.?\\s+");
    /** A name word: a capital, then letters, dots, apostrophes or hyphens (an initial "K." too). */
    private static final String WORD = "\\p{Lu}[\\p{L}.'\u2019-]*";
    private static final Pattern AFTER = Pattern.compile("(?i:\\b" + SALUTATION + ")\\.?\\s+(" + WORD + "(?:\\s+" + WORD + "){0,5})");
    private static final Pattern NOT_NAME = Pattern.compile("(?i)\\b(account|statement|branch|bank|limited|ltd|road|nagar"
            + "|customer|address|period|page|date|no|number|pan|count|balance|amount|total|credit|debit|summary|details?"
            + "|information|statement|report|client|investor|holder|name|code|id|generated|member|capital|gains?|tax|year"
            + "|financial|profile|particulars|personal)\\b");
    /** A name word in capitals right before: what follows it is more of the name. */
    private static final Pattern LEADING_NAME = Pattern.compile("(" + WORD + "(?:\\s+" + WORD + "){1,5})");
    /** A person's role: "Designation | Department", or a word of a job title. */
    private static final Pattern ROLE = Pattern.compile("(?i)\\S\\s+\\|\\s+\\S|\\b(engineer|manager|executive|officer|associate|analyst"
            + "|assistant|clerk|nurse|guard|developer|consultant|supervisor|technician|operator|teacher|lecturer|professor"
            + "|accountant|director|trainee|intern|designer|driver|specialist|administrator)\\b");
    private static final Pattern TITLE_MIDDLE = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)\\s+$");
    /** Words that lead into a name without being part of it. */
    private static final Pattern LEAD_IN = Pattern.compile("(?i)to|dear|from|by|for|and|of|sir|madam|name|that|with|thanks|certify|certified"
            + "|employee|investor|holder|depositor|client|customer|borrower|applicant");
    private static final Pattern MIDDLE = Pattern.compile("\\b\\p{Lu}{2,}\\.?\\s+$");
    private static final Pattern TO = Pattern.compile("(?i)^\\s*to\\s*[,:]?\\s*$");
    /** A name printed alone: two to five words of letters (initials with dots too), no label, no digits. */
    private static final Pattern BARE_NAME = Pattern.compile("\\p{L}[\\p{L}.'\u2019-]*(?:\\s+\\p{L}[\\p{L}.'\u2019-]*){1,4}");
    /** An address line: a PIN code, or a word that only addresses use. */
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\b\\d{6}\\b|\\b(road|street|nagar|flat|h\\.? ?no|plot|sector|colony"
            + "|apartments?|towers?|enclave|lane|marg|layout|village|district|dist)\\b");

    private People() {
    }

    /** The name without a leading salutation, white space folded. */
    static String withoutSalutation(String name) {
        return LEADING.matcher(name).replaceFirst("").replaceAll("\\s+", " ").trim();
    }

    /** The first name that follows a salutation in a text ("... certify that Ms. Asha Rao (PAN ...)" → "Asha Rao"). */
    static Optional<String> afterSalutation(String text) {
        Matcher m = AFTER.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 40), m.start());
            String salutation = m.group().split("\\s+")[0];
            if (MIDDLE.matcher(before).find() && isCapitals(salutation)) {
                // "ANUPAMA KUMARI CHOUDHURY": a salutation's word inside a name in capitals is part of the name
                continue;
            }
            Matcher previous = TITLE_MIDDLE.matcher(before);
            if (!salutation.endsWith(".") && previous.find() && !LEAD_IN.matcher(previous.group(1)).matches()) {
                // "Usha Kumari Majumdar": so it is in a name in title case, after a name's word
                continue;
            }
            String name = nameWords(m.group(1).split("\\s+"));
            if (name.chars().filter(Character::isLetter).count() >= 3) {
                return Normalizers.name(name);
            }
        }
        return Optional.empty();
    }

    /**
     * The name a text starts with, of two words at least ("OMKAR PRAKASH HUSSAIN (PAN: ...), Flat 9" →
     * "OMKAR PRAKASH HUSSAIN"), as after "received with thanks from".
     */
    static Optional<String> leading(String text) {
        Matcher m = LEADING_NAME.matcher(withoutSalutation(text));
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String name = nameWords(m.group(1).split("\\s+"));
        return name.split(" ").length >= 2 ? Normalizers.name(name) : Optional.empty();
    }

    /** The words of a name: they keep the case of the first one (all capitals or not) and stop at a word of an address or a label. */
    private static String nameWords(String[] words) {
        // an initial ("G.") is capitals in any name: the case is that of the first whole word
        boolean capitals = java.util.Arrays.stream(words).map(w -> w.replaceAll("[.,]+$", "")).filter(w -> w.length() > 1)
                .findFirst().map(People::isCapitals).orElse(true);
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            String bare = w.replaceAll("[.,]+$", "");
            if (NOT_NAME.matcher(bare).matches() || capitals != isCapitals(bare) && bare.length() > 1) {
                break;
            }
            out.append(out.length() == 0 ? "" : " ").append(w.replaceAll(",+$", ""));
        }
        return out.toString().replaceAll("(?<=\\p{L}{2})\\.$", "");
    }

    private static boolean isCapitals(String word) {
        return word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /**
     * A name standing alone near the top of page 1 with a salutation before it, as in the address
     * block of a statement ("MR. ROHIT SHARMA" over the address lines).
     */
    static Optional<Found> addressee(List<Line> lines, int within) {
        for (int i = 0; i < Math.min(within, lines.size()); i++) {
            Line line = lines.get(i);
            if (line.page() != lines.get(0).page()) {
                break;
            }
            for (Segment s : line.segments()) {
                if (LEADING.matcher(s.text()).find()) {
                    Optional<String> name = afterSalutation(s.text()).filter(n -> n.length() >= s.text().length() / 2);
                    if (name.isPresent()) {
                        return Optional.of(new Found(name.get(), line.page()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A name standing alone on a line of the first page's top with an address right under it, as
     * the holder's block of a statement prints it ("RAGHAV SIDDIQUI" over "Flat C-203, ... 248564").
     */
    static Optional<Found> overAddress(List<Line> lines, int within) {
        return over(lines, within, ADDRESS);
    }

    /**
     * A name standing alone on a line of the first page's top with the person's role right under it,
     * as a payslip's name card prints it ("C. Anbarasi" over "Data Engineer II | Customer Experience").
     */
    static Optional<Found> overRole(List<Line> lines, int within) {
        return over(lines, within, ROLE);
    }

    /**
     * A name standing alone right above a PAN and aligned with it, as a statement's header prints
     * its holder ("Asha Rao" over "PAN ABCPR1234K").
     */
    static Optional<Found> overPan(List<Line> lines, String pan) {
        return over(lines, 15, Pattern.compile(Pattern.quote(pan), Pattern.CASE_INSENSITIVE));
    }

    private static Optional<Found> over(List<Line> lines, int within, Pattern under) {
        for (int i = 0; i + 1 < Math.min(within, lines.size()); i++) {
            Line line = lines.get(i);
            Line next = lines.get(i + 1);
            if (line.page() != lines.get(0).page() || next.page() != line.page()) {
                break;
            }
            for (Segment s : line.segments()) {
                String text = s.text().trim();
                if (!BARE_NAME.matcher(text).matches() || NOT_NAME.matcher(text).find() || Titles.isOrganisation(text)
                        || !isCapitals(text) && !isTitleCase(text)) {
                    continue;
                }
                for (Segment below : next.segments()) {
                    boolean aligned = Math.abs(below.left() - s.left()) < 4 || Math.abs(below.right() - s.right()) < 4;
                    if (aligned && under.matcher(below.text()).find()) {
                        return Normalizers.name(withoutSalutation(text)).map(n -> new Found(n, line.page()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The name on the line after a letter's "To," (the addressee), when that line holds a name alone. */
    static Optional<Found> addressedTo(List<Line> lines) {
        for (int i = 0; i + 1 < Math.min(20, lines.size()); i++) {
            Line line = lines.get(i);
            if (line.page() != lines.get(0).page()) {
                break;
            }
            if (TO.matcher(line.segments().get(0).text()).matches()) {
                String text = withoutSalutation(lines.get(i + 1).segments().get(0).text());
                if (BARE_NAME.matcher(text).matches() && !NOT_NAME.matcher(text).find() && !Titles.isOrganisation(text)
                        && (isCapitals(text) || isTitleCase(text))) {
                    return Normalizers.name(text).map(n -> new Found(n, line.page()));
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isTitleCase(String text) {
        for (String w : text.split("\\s+")) {
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name found, with its page.
     *
     * @param value the name, normalised
     * @param page  its page
     */
    record Found(String value, int page) {
    }
}
