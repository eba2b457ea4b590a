package io.taxstream.processors.rules;

import io.taxstream.processors.contract.FieldKind;
import io.taxstream.processors.layout.Line;
import io.taxstream.processors.layout.Segment;
import io.taxstream.processors.model.Box;
import io.taxstream.processors.model.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private static final Pattern EXPLICIT_SEPARATOR = Pattern.compile("\\s*(?:[:=\u2013\u2014]|-\\s|\\s-)");
    /** A value set off by a space and a capital, or run into the label in capitals ("NameRAHUL SHARMA"). */
    private static final Pattern SPACED_CAPITAL = Pattern.compile("\\s+[\\p{Lu}\\d]|\\p{Lu}{2}");
    private static final Pattern LEGAL_SUFFIX = Pattern.compile("(?i)((pvt|private|ltd|limited|llp|co|company|inc|corp"
            + "|corporation|plc)\\.?[\\s,]*){1,3}");
    private static final Pattern BRACKETED = Pattern.compile("[(\\[][^()\\[\\]]*[)\\]]");
    /** Letters of a script other than Latin: the first half of a bilingual label. */
    private static final Pattern OTHER_SCRIPT = Pattern.compile("[\\p{L}&&[^\\p{IsLatin}]]");
    private static final Pattern DR_CR = Pattern.compile("(?i)(dr|cr)\\.?");
    private static final Pattern SEPARATOR_ONLY = Pattern.compile("^[\\s:;=\\-\u2013\u2014|>.]*$");

    private final Pattern otherLabels;
    private final Map<String, List<Labels>> labelsByField;

    /** @param otherLabels every label of the document type: a value never runs into one, a label cell is never a value */
    public FieldFinder(Pattern otherLabels) {
        this(otherLabels, Map.of());
    }

    /**
     * @param otherLabels   every label of the document type
     * @param labelsByField each field's labels over all its rules: a field's own labels never end its row
     */
    public FieldFinder(Pattern otherLabels, Map<String, List<Labels>> labelsByField) {
        this.otherLabels = otherLabels;
        this.labelsByField = Map.copyOf(labelsByField);
    }

    /** The best candidate for a field among {@code lines} (the whole document or a section). */
    public Optional<Candidate> find(FieldRule rule, List<Line> lines) {
        Candidate best = null;
        boolean[] labelled = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            labelled[i] = rule.anyLabel.matcher(line.lower()).find()
                    || rule.labels.stream().anyMatch(l -> l.cell() && !l.hits(line).isEmpty());
        }
        for (int li = 0; li < rule.labels.size(); li++) {
            double rank = Math.max(0.5, 1.0 - 0.06 * li);
            for (int i = 0; i < lines.size(); i++) {
                if (!labelled[i]) {
                    continue;
                }
                Line line = lines.get(i);
                if (Labels.any(rule.rejectLines, line)) {
                    continue;
                }
                for (int[] hit : rule.labels.get(li).hits(line)) {
                    Candidate c = valueNear(rule, lines, i, hit[0], hit[1], rank);
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
            String after = line.text().substring(Math.min(end, line.segmentEnd(endSeg)), line.segmentEnd(endSeg));
            // a name keeps the brackets that follow it ("Omega Records Limited (CRA)"); only the label's own go
            String rest = cutAtNextLabel(rule.kind.caseInsensitive() ? withoutLeadingFormula(after) : withoutFormula(after));
            if (isAmount(rule.kind)) {
                rest = withoutDates(rest);
            }
            Optional<Parsed> p = rule.parser.first(rest);
            boolean caseBreak = end > 0 && end < line.text().length() && Character.isLowerCase(line.text().charAt(end - 1))
                    && Character.isUpperCase(line.text().charAt(end));
            if (p.isPresent() && (inlineAcceptable(rule, rest, p.get()) || caseBreak && p.get().start() == 0)) {
                return new Candidate(p.get().value(), INLINE * rank, line.page(), line.segments().get(endSeg).box(), order);
            }
        }
        if (rule.phrase && inSentence(line, startSeg)) {
            // a label word inside a sentence ("... receivable from the borrowers for the period ...") labels nothing around it
            return null;
        }
        if (rule.right && !isAmount(rule.kind)) {
            int upper = bilingualUpperHalf(lines, index, startSeg);
            Candidate c = upper < 0 ? null : rightOf(rule, lines.get(index - 1), upper, rank, order, lines, index - 1);
            if (c != null) {
                return c;
            }
        }
        if (rule.right) {
            Candidate c = rightOf(rule, line, endSeg, rank, order, lines, index);
            if (c == null && isAmount(rule.kind)) {
                c = wrappedFromAbove(rule, lines, index, line.segments().get(endSeg).right(), rank, order);
            }
            if (c != null) {
                return c;
            }
        }
        float left = line.segments().get(startSeg).left();
        float right = line.segments().get(endSeg).right();
        for (int k = 1; k <= rule.below && index + k < lines.size(); k++) {
            Line next = lines.get(index + k);
            if (next.page() != line.page() || startsWithLabel(next, left, right)) {
                break;
            }
            Cell amount = isAmount(rule.kind) ? amountUnder(next, line.xOf(start), line.xAfter(end)) : null;
            if (amount != null) {
                Optional<Parsed> p = rule.parser.first(amount.text());
                if (p.isPresent()) {
                    return new Candidate(p.get().value(), (BELOW - 0.05 * k) * rank, next.page(), amount.box(), order);
                }
            }
            Segment under = mostOverlapping(next, left, right);
            if (under != null && !isLabel(under.text())) {
                Optional<Parsed> p = rule.parser.first(under.text() + wrappedSuffix(rule, lines, index + k, under));
                if (p.isPresent()) {
                    return new Candidate(p.get().value(), (BELOW - 0.05 * k) * rank, next.page(), under.box(), order);
                }
            }
        }
        return null;
    }

    /** A bracket right after the label ("Name (as per PAN records): ...") is the label's; later ones are the value's. */
    private static String withoutLeadingFormula(String rest) {
        Matcher m = BRACKETED.matcher(rest);
        if (m.find() && rest.substring(0, m.start()).isBlank()) {
            return " ".repeat(m.end()) + rest.substring(m.end());
        }
        return rest;
    }

    /**
     * A label's own explanation in brackets ("Net Pay (Gross Earnings - Total Deductions) : 97,820",
     * "Tax payable (13+15+16-14)") is blanked out, keeping offsets; brackets around a bare amount
     * (a negative figure) stay.
     */
    private static String withoutFormula(String rest) {
        StringBuilder out = new StringBuilder(rest);
        boolean blanked = true;
        // innermost brackets first, then the ones around them: "(claimable u/s 24(b))" goes as a whole
        while (blanked) {
            blanked = false;
            Matcher m = BRACKETED.matcher(out.toString());
            while (m.find()) {
                if (ValueParsers.hasLetter(m.group()) || m.group().matches(".*\\d\\s*[-+]\\s*\\d.*")) {
                    for (int i = m.start(); i < m.end(); i++) {
                        out.setCharAt(i, ' ');
                    }
                    blanked = true;
                }
            }
        }
        return out.toString();
    }

    /**
     * An organisation's name that wraps in a narrow cell leaves its legal suffix on the next line
     * ("Annapurna Dairy Products Co-operative" / "Ltd"); that line's cell is part of the name.
     * Address lines never consist of such words alone.
     */
    private static String wrappedSuffix(FieldRule rule, List<Line> lines, int valueLine, Segment value) {
        if (rule.kind != FieldKind.NAME || valueLine + 1 >= lines.size()) {
            return "";
        }
        Line next = lines.get(valueLine + 1);
        Line line = lines.get(valueLine);
        if (next.page() != line.page() || next.top() - line.bottom() > line.bottom() - line.top()) {
            return "";
        }
        Segment below = mostOverlapping(next, value.left(), value.right());
        return below != null && LEGAL_SUFFIX.matcher(below.text()).matches() ? " " + below.text() : "";
    }

    /**
     * A value in the label's own segment must follow it directly: a token after separators only, a
     * phrase after an explicit separator (":", "-", "="), so that the rest of a long label
     * ("... of the Employer/Specified Bank") is never taken for a name.
     */
    /** What stays of a date that qualifies an amount's label ("Closing Balance as on 31.10.2025 : ...") once the date is blanked. */
    private static final String AS_ON = "\\bas (on|of|at)\\b";
    private static final ValueParser DATES = ValueParsers.of(FieldKind.DATE);

    /** The text with its dates blanked (offsets kept): a date is no amount, and its digits must not be read as one. */
    private static String withoutDates(String text) {
        StringBuilder out = new StringBuilder(text);
        int from = 0;
        while (from < out.length()) {
            Optional<Parsed> date = DATES.first(out.substring(from));
            if (date.isEmpty()) {
                break;
            }
            for (int i = from + date.get().start(); i < from + date.get().end(); i++) {
                out.setCharAt(i, ' ');
            }
            from += date.get().end();
        }
        return out.toString();
    }

    private static boolean inlineAcceptable(FieldRule rule, String rest, Parsed p) {
        String before = rest.substring(0, p.start());
        if (rule.phrase) {
            return EXPLICIT_SEPARATOR.matcher(rest).lookingAt() || SPACED_CAPITAL.matcher(rest).lookingAt();
        }
        return SEPARATOR_ONLY.matcher(before.replaceAll("(?i)\\((rs\\.?|inr|\u20B9)\\)|rs\\.?|inr|\u20B9|" + AS_ON, "")).matches()
                || rule.kind == FieldKind.PAN || rule.kind == FieldKind.TAN;
    }

    private Candidate rightOf(FieldRule rule, Line line, int endSeg, double rank, int order, List<Line> lines, int index) {
        List<Segment> segments = line.segments();
        if (rule.kind == FieldKind.AMOUNT || rule.kind == FieldKind.BALANCE) {
            Cell chosen = Columns.choose(rule, amountsAfter(rule, line, line.segmentEnd(endSeg)), lines, index);
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
            String cut = cutAtNextLabel(seg.text());
            if (SEPARATOR_ONLY.matcher(cut).matches()) {
                return null;
            }
            Optional<Parsed> p = rule.parser.first(cut);
            if (p.isPresent()) {
                Box box = seg.box();
                return new Candidate(p.get().value(), RIGHT * rank, line.page(), box, order);
            }
            if (rule.phrase) {
                return null;
            }
        }
        return null;
    }

    /**
     * A bilingual label stands on two lines, the first language over the English
     * ("कर्मचारी का नाम और पदनाम /" over "Name and designation of the Employee"), and its value
     * starts level with the first line: the name there, the designation or the address under it.
     *
     * @return the index of the last segment of the label's upper half on the line above, or -1
     *         when the label has none
     */
    private static int bilingualUpperHalf(List<Line> lines, int index, int startSeg) {
        if (index == 0) {
            return -1;
        }
        Line line = lines.get(index);
        Line above = lines.get(index - 1);
        if (above.page() != line.page() || line.top() - above.bottom() > line.bottom() - line.top()) {
            return -1;
        }
        Segment label = line.segments().get(startSeg);
        StringBuilder upper = new StringBuilder();
        int last = -1;
        for (int s = 0; s < above.segments().size() && above.segments().get(s).left() < label.right(); s++) {
            upper.append(above.segments().get(s).text()).append(' ');
            last = s;
        }
        String text = upper.toString().strip();
        return last >= 0 && text.endsWith("/") && OTHER_SCRIPT.matcher(text).find() ? last : -1;
    }

    /** The most words a label's own cell has; a longer run of words is a sentence. */
    private static final int MAX_LABEL_WORDS = 9;

    private static boolean inSentence(Line line, int segment) {
        return line.segments().get(segment).words().size() > MAX_LABEL_WORDS;
    }

    private static boolean isAmount(FieldKind kind) {
        return kind == FieldKind.AMOUNT || kind == FieldKind.BALANCE;
    }

    /**
     * A long row label wraps, and its amounts stand on the row's first line: when the label ends
     * on a line of text only, the amounts at the end of the line just above belong to it. The same
     * holds for a bilingual row, whose amounts stand on its first-language line.
     */
    private Candidate wrappedFromAbove(FieldRule rule, List<Line> lines, int index, float labelRight, double rank, int order) {
        Line line = lines.get(index);
        // numbers inside the label ("... under section 10") are no amounts of the row
        if (index == 0 || line.words().stream().anyMatch(w -> w.x() >= labelRight && ValueParsers.isAmountOnly(w.text()))) {
            return null;
        }
        Line above = lines.get(index - 1);
        float height = line.bottom() - line.top();
        if (above.page() != line.page() || line.top() - above.bottom() > height) {
            return null;
        }
        List<Segment> segs = above.segments();
        int lastText = -1;
        for (int s = 0; s < segs.size(); s++) {
            if (!ValueParsers.isAmountOnly(segs.get(s).text())) {
                lastText = s;
            }
        }
        if (lastText < 0 || segs.get(lastText).left() > line.segments().get(0).right()) {
            return null;
        }
        Cell chosen = Columns.choose(rule, amountsAfter(rule, above, above.segmentEnd(lastText)), lines, index - 1);
        if (chosen == null) {
            return null;
        }
        return rule.parser.first(chosen.text())
                .map(p -> new Candidate(p.value(), 0.9 * RIGHT * rank, above.page(), chosen.box(), order)).orElse(null);
    }

    /**
     * The amounts that follow a label on its line, word by word (a narrow gap can join an amount
     * and the next label into one segment): description words before the first amount are skipped
     * ("17(1)  Salary  4,07,937.00") unless another label begins there, currency words are
     * skipped, a Dr/Cr marker joins its amount, and the first word after the amounts ends the run.
     */
    List<Cell> amountsAfter(FieldRule rule, Line line, int offset) {
        List<Word> words = line.wordsIn(offset, line.text().length());
        List<Cell> amounts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String text = words.get(i).text();
            if (isCurrencyOnly(text) || SEPARATOR_ONLY.matcher(text).matches()) {
                continue;
            }
            if (!ValueParsers.isAmountOnly(text)) {
                if (!amounts.isEmpty() || startsALabel(rule, line, words.get(i))) {
                    break;
                }
                continue;
            }
            if (i + 1 < words.size() && DR_CR.matcher(words.get(i + 1).text()).matches()) {
                amounts.add(Cell.of(List.of(words.get(i), words.get(i + 1))));
                i++;
            } else {
                amounts.add(Cell.of(List.of(words.get(i))));
            }
        }
        return amounts;
    }

    /** Whether another field's label begins at this word (the next field of a two-column row). */
    private boolean startsALabel(FieldRule rule, Line line, Word word) {
        int from = offsetOf(line, word);
        if (from < 0) {
            return false;
        }
        String rest = line.lower().substring(from);
        for (Labels own : labelsByField.getOrDefault(rule.field, rule.labels)) {
            if (own.pattern().matcher(rest).lookingAt()) {
                return false;
            }
        }
        return otherLabels.matcher(rest).lookingAt();
    }

    private static int offsetOf(Line line, Word word) {
        for (int s = 0; s < line.segments().size(); s++) {
            int offset = line.segmentStart(s);
            for (Word w : line.segments().get(s).words()) {
                if (w == word) {
                    return offset;
                }
                offset += w.text().length() + 1;
            }
        }
        return -1;
    }

    /**
     * Of the amounts on a line below a label, the one under the label's own words: a narrow gap
     * may join the amounts of neighbouring columns into one segment ("9,53,667.81 3,47,297.44 Cr").
     */
    private Cell amountUnder(Line line, float left, float right) {
        List<Word> words = line.words();
        Cell best = null;
        float bestOverlap = 0;
        for (int i = 0; i < words.size(); i++) {
            if (!ValueParsers.isAmountOnly(words.get(i).text())) {
                continue;
            }
            boolean marked = i + 1 < words.size() && DR_CR.matcher(words.get(i + 1).text()).matches();
            Cell cell = Cell.of(marked ? List.of(words.get(i), words.get(i + 1)) : List.of(words.get(i)));
            float o = cell.overlap(left, right);
            int segment = segmentOf(line, words.get(i));
            if (o > bestOverlap && !isLabel(line.segments().get(segment).text()) && !inSentence(line, segment)) {
                best = cell;
                bestOverlap = o;
            }
        }
        return best;
    }

    private static int segmentOf(Line line, Word word) {
        List<Segment> segments = line.segments();
        for (int s = 0; s < segments.size(); s++) {
            if (segments.get(s).words().contains(word)) {
                return s;
            }
        }
        return 0;
    }

    private static boolean isCurrencyOnly(String text) {
        return text.trim().matches("(?i)(rs\\.?|inr|\u20B9|amount|\\(rs\\.?\\)|\\(\u20B9\\))");
    }

    private boolean isLabel(String text) {
        return otherLabels.matcher(text.toLowerCase(java.util.Locale.ROOT)).lookingAt();
    }

    /**
     * A line below that starts with labels of its own under ours is the next row of a key-value grid,
     * not our value. Text wholly left of our label is another column's business: under a "Bank" heading
     * a bank's name ("Equitas Small Finance Bank") is a value, not a label.
     */
    private boolean startsWithLabel(Line line, float left, float right) {
        for (Segment s : line.segments()) {
            if (s.left() <= right && s.right() > left && containsLabel(s.text())) {
                return true;
            }
        }
        return false;
    }

    private boolean containsLabel(String text) {
        return otherLabels.matcher(text.toLowerCase(java.util.Locale.ROOT)).find();
    }

    /**
     * A value runs up to the next label on its line, e.g. "A. Kumar Designation: Manager". A
     * label at the very start, or after the other-script half of a bilingual label
     * ("कर्मचारी सं. / Employee No."), leaves nothing.
     */
    private String cutAtNextLabel(String text) {
        Matcher m = otherLabels.matcher(text.toLowerCase(java.util.Locale.ROOT));
        while (m.find()) {
            if (m.end() > m.start() && !insideWord(text, m.start(), m.end())) {
                String before = text.substring(0, m.start());
                return before.strip().endsWith("/") && OTHER_SCRIPT.matcher(before).find() ? "" : before;
            }
        }
        return text;
    }

    /** A label found inside a word ("fy" in the PAN "FYPPT5320H") is none. */
    private static boolean insideWord(String text, int start, int end) {
        boolean joinedBefore = start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)) && Character.isLetterOrDigit(text.charAt(start));
        boolean joinedAfter = end < text.length() && Character.isLetterOrDigit(text.charAt(end - 1)) && Character.isLetterOrDigit(text.charAt(end));
        return joinedBefore || joinedAfter;
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
