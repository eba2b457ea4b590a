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
            + "|customer|address|period|page|date|no|number)\\b");

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
            String name = nameWords(m.group(1).split("\\s+"));
            if (name.chars().filter(Character::isLetter).count() >= 3) {
                return Normalizers.name(name);
            }
        }
        return Optional.empty();
    }

    /** The words of a name: they keep the case of the first one (all capitals or not) and stop at a word of an address or a label. */
    private static String nameWords(String[] words) {
        boolean capitals = isCapitals(words[0]);
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
     * A name found, with its page.
     *
     * @param value the name, normalised
     * @param page  its page
     */
    record Found(String value, int page) {
    }
}
