package io.taxstream.processors.rules;

import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.layout.Line;
import io.taxstream.processors.layout.Segment;
import io.taxstream.processors.model.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a field's value near its labels in any layout: in the same segment after the label
 * ({@code PAN: ABCDE1234F}), in the next cells of its row ({@code Gross Salary ... 5,00,000.00}),
 * or below it in the same column ({@code PAN of the Employee} over {@code ABCDE1234F}).
 */
public final class FieldFinder {

    private static final double INLINE = 1.0;
    private static final double RIGHT = 0.95;
    private static final double BELOW = 0.85;
    private static final Pattern SEPARATOR_ONLY = Pattern.compile("^[\\s:;=\\-\u2013\u2014|>.]*$");

    private final Pattern otherLabels;

    /** @param otherLabels every label of the document type: a value never runs into one, a label cell is never a value */
    public FieldFinder(Pattern otherLabels) {
        this.otherLabels = otherLabels;
    }

    /** The best candidate for a field among {@code lines} (the whole document or a section). */
    public Optional<Candidate> find(FieldRule rule, List<Line> lines) {
        Candidate best = null;
        for (int li = 0; li < rule.labels.size(); li++) {
            double rank = 1.0 - 0.02 * li;
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (SectionRule.matchesAny(rule.rejectLines, line)) {
                    continue;
                }
                Matcher m = rule.labels.get(li).matcher(line.lower());
                while (m.find()) {
                    Candidate c = valueNear(rule, lines, i, m.start(), m.end(), rank);
                    if (c != null && better(c, best, rule.preferLast)) {
                        best = c;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean better(Candidate c, Candidate best, boolean preferLast) {
        if (best == null || c.score() > best.score() + 1e-9) {
            return true;
        }
        return Math.abs(c.score() - best.score()) <= 1e-9 && (preferLast ? c.order() > best.order() : c.order() < best.order());
    }

    private Candidate valueNear(FieldRule rule, List<Line> lines, int index, int start, int end, double rank) {
        Line line = lines.get(index);
        int startSeg = line.segmentAt(start);
        int endSeg = line.segmentAt(Math.max(start, end - 1));
        int order = line.page() * 100_000 + line.index();
        if (rule.inline) {
            String rest = cutAtNextLabel(line.text().substring(Math.min(end, line.segmentEnd(endSeg)), line.segmentEnd(endSeg)));
            Optional<Parsed> p = rule.parser.first(rest);
            if (p.isPresent() && inlineAcceptable(rule, rest, p.get())) {
                return new Candidate(p.get().value(), INLINE * rank, line.page(), line.segments().get(endSeg).box(), order);
            }
        }
        if (rule.right) {
            Candidate c = rightOf(rule, line, endSeg, rank, order, lines, index);
            if (c != null) {
                return c;
            }
        }
        float left = line.segments().get(startSeg).left();
        float right = line.segments().get(endSeg).right();
        for (int k = 1; k <= rule.below && index + k < lines.size(); k++) {
            Line next = lines.get(index + k);
            if (next.page() != line.page()) {
                break;
            }
            Segment under = mostOverlapping(next, left, right);
            if (under != null && !isLabel(under.text())) {
                Optional<Parsed> p = rule.parser.first(under.text());
                if (p.isPresent()) {
                    return new Candidate(p.get().value(), (BELOW - 0.05 * k) * rank, next.page(), under.box(), order);
                }
            }
        }
        return null;
    }

    /** An inline phrase must be more than a stray word after the label; a token must start the rest. */
    private static boolean inlineAcceptable(FieldRule rule, String rest, Parsed p) {
        String before = rest.substring(0, p.start());
        return SEPARATOR_ONLY.matcher(before.replaceAll("(?i)rs\\.?|inr|\u20B9", "")).matches()
                || rule.kind == FieldKind.PAN || rule.kind == FieldKind.TAN;
    }

    private Candidate rightOf(FieldRule rule, Line line, int endSeg, double rank, int order, List<Line> lines, int index) {
        List<Segment> segments = line.segments();
        if (rule.kind == FieldKind.AMOUNT || rule.kind == FieldKind.BALANCE) {
            List<Segment> amounts = new ArrayList<>();
            for (int s = endSeg + 1; s < segments.size(); s++) {
                String text = segments.get(s).text();
                if (ValueParsers.isAmountOnly(text)) {
                    amounts.add(segments.get(s));
                } else if (!SEPARATOR_ONLY.matcher(text).matches() && !isCurrencyOnly(text)) {
                    break;
                }
            }
            Segment chosen = Columns.choose(rule, amounts, lines, index);
            if (chosen == null) {
                return null;
            }
            return rule.parser.first(chosen.text())
                    .map(p -> new Candidate(p.value(), RIGHT * rank, line.page(), chosen.box(), order)).orElse(null);
        }
        for (int s = endSeg + 1; s < segments.size() && s <= endSeg + 2; s++) {
            Segment seg = segments.get(s);
            if (SEPARATOR_ONLY.matcher(seg.text()).matches()) {
                continue;
            }
            if (isLabel(seg.text())) {
                return null;
            }
            Optional<Parsed> p = rule.parser.first(cutAtNextLabel(seg.text()));
            if (p.isPresent()) {
                Box box = seg.box();
                return new Candidate(p.get().value(), RIGHT * rank, line.page(), box, order);
            }
            if (isPhrase(rule.kind)) {
                return null;
            }
        }
        return null;
    }

    private static boolean isPhrase(FieldKind kind) {
        return kind == FieldKind.NAME || kind == FieldKind.TEXT || kind == FieldKind.ENUM;
    }

    private static boolean isCurrencyOnly(String text) {
        return text.trim().matches("(?i)(rs\\.?|inr|\u20B9|amount|\\(rs\\.?\\)|\\(\u20B9\\))");
    }

    private boolean isLabel(String text) {
        return otherLabels.matcher(text.toLowerCase(java.util.Locale.ROOT)).lookingAt();
    }

    /** A value runs up to the next label on its line, e.g. "Rahul Sharma Designation: Manager". */
    private String cutAtNextLabel(String text) {
        Matcher m = otherLabels.matcher(text.toLowerCase(java.util.Locale.ROOT));
        while (m.find()) {
            if (m.start() > 0 && m.end() > m.start()) {
                return text.substring(0, m.start());
            }
        }
        return text;
    }

    static Segment mostOverlapping(Line line, float left, float right) {
        Segment best = null;
        float bestOverlap = 0;
        for (Segment s : line.segments()) {
            float o = s.overlap(left, right);
            if (o > bestOverlap) {
                best = s;
                bestOverlap = o;
            }
        }
        return best;
    }
}
