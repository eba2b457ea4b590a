package io.taxstream.processors.rules;

import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.layout.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a period of two dates after a label, in any of the ways documents print one: "Statement
 * from 01/04/2023 to 31/03/2024", "Period : 01.04.2023 - 31.03.2024", "From : 01-Apr-2023  To :
 * 31-Mar-2024", or the two dates on the lines just below the label.
 */
public final class Periods {

    /**
     * A period, earlier date first.
     *
     * @param from first day (ISO)
     * @param to   last day (ISO)
     * @param page the page it was found on
     */
    public record Period(String from, String to, int page) {
    }

    private static final ValueParser DATE = ValueParsers.of(FieldKind.DATE);
    /**
     * Between the two dates of a period only a joining word or a label of the second date may stand,
     * in one language or two ("से / to"): up to three short words of any script, no digits.
     */
    private static final Pattern JOIN = Pattern.compile("(?i)^[\\s:,()/-]*(?:(?:to|till|until|upto|up to|and|through|-|\u2013"
            + "|[\\p{L}\\p{M}]{1,12})[\\s:,()/.-]*){0,3}$");

    private Periods() {
    }

    /**
     * The first period after a label matching one of {@code labels} (lower-case regular
     * expressions), looking at the rest of the label's line and up to {@code below} lines under it.
     */
    public static Optional<Period> after(List<Line> lines, List<String> labels, int below) {
        List<Pattern> patterns = labels.stream().map(FieldRule::label).toList();
        for (Pattern p : patterns) {
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = p.matcher(lines.get(i).lower());
                if (m.find()) {
                    Optional<Period> found = near(lines, i, m.end(), below);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Period> near(List<Line> lines, int index, int offset, int below) {
        Line line = lines.get(index);
        StringBuilder text = new StringBuilder(line.text().substring(offset));
        for (int k = 1; k <= below && index + k < lines.size() && lines.get(index + k).page() == line.page(); k++) {
            text.append("  ").append(lines.get(index + k).text());
        }
        return pair(text.toString()).map(d -> d[0].compareTo(d[1]) <= 0 ? new Period(d[0], d[1], line.page())
                : new Period(d[1], d[0], line.page()));
    }

    /** Two dates with only a joining word between them, the first one near the start of the text. */
    static Optional<String[]> pair(String text) {
        Optional<Parsed> first = DATE.first(text);
        if (first.isEmpty() || first.get().start() > 40) {
            return Optional.empty();
        }
        String rest = text.substring(first.get().end());
        Optional<Parsed> second = DATE.first(rest);
        if (second.isEmpty() || !JOIN.matcher(rest.substring(0, second.get().start())).matches()) {
            return Optional.empty();
        }
        List<String> both = new ArrayList<>(List.of(first.get().value(), second.get().value()));
        return Optional.of(both.toArray(String[]::new));
    }
}
