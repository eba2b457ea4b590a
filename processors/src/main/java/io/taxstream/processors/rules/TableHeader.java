package io.taxstream.processors.rules;

import io.taxstream.processors.layout.Line;
import io.taxstream.processors.layout.Segment;
import io.taxstream.processors.model.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table's header as found on the page: its columns left to right (named by the {@link TableRule}'s
 * column synonyms, or anonymous for header cells no rule names) and the boundaries between them,
 * which decide the column of every word below. A header is one line, or two stacked lines whose
 * words are read per column ("Purchase" over "Date" is "purchase date").
 */
final class TableHeader {

    /**
     * A column of the header.
     *
     * @param name  the rule's column name, or empty for an anonymous column
     * @param left  left edge of its heading
     * @param right right edge of its heading
     */
    record Column(String name, float left, float right) {
        float center() {
            return (left + right) / 2;
        }
    }

    /**
     * A code of letters and digits (an ISIN, an account number with its branch code): a line that
     * prints one holds data (a security's name over its rows), never the lower half of a header.
     */
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![A-Za-z0-9])(?=[A-Za-z0-9]*\\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{8,}");

    /** The most words a header cell has ("Date on which tax deposited (dd/mm/yyyy)"). */
    private static final int MAX_HEADER_WORDS = 7;
    /** The most words of a two-line stacked header cell. */
    private static final int MAX_STACK_WORDS = 10;

    private final List<Column> columns;
    private final float[] bounds;
    private final int lineCount;

    private TableHeader(List<Column> columns, float[] bounds, int lineCount) {
        this.columns = List.copyOf(columns);
        this.bounds = bounds.clone();
        this.lineCount = lineCount;
    }

    private static TableHeader of(List<Column> columns, int lineCount) {
        List<Column> sorted = new ArrayList<>(columns);
        sorted.sort(Comparator.comparingDouble(Column::left));
        float[] bounds = new float[Math.max(0, sorted.size() - 1)];
        for (int k = 0; k + 1 < sorted.size(); k++) {
            bounds[k] = midpoint(sorted.get(k), sorted.get(k + 1));
        }
        return new TableHeader(sorted, bounds, lineCount);
    }

    private static float midpoint(Column a, Column b) {
        return a.right() <= b.left() ? (a.right() + b.left()) / 2 : (a.center() + b.center()) / 2;
    }

    List<Column> columns() {
        return columns;
    }

    /** The boundary between column {@code k} and column {@code k + 1}. */
    float bound(int k) {
        return bounds[k];
    }

    int lineCount() {
        return lineCount;
    }

    /** This header with other boundaries between its columns (learnt from the data below it). */
    TableHeader withBounds(float[] newBounds) {
        return new TableHeader(columns, newBounds, lineCount);
    }

    /** Puts every word of a line into the column its centre falls in. */
    Map<String, String> cells(Line line) {
        Map<String, StringBuilder> out = new LinkedHashMap<>();
        for (Word w : line.words()) {
            String name = columns.get(columnOf(w.x() + w.width() / 2)).name();
            StringBuilder sb = out.computeIfAbsent(name, n -> new StringBuilder());
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.text());
        }
        Map<String, String> cells = new LinkedHashMap<>();
        out.forEach((k, v) -> cells.put(k, v.toString()));
        return cells;
    }

    int columnOf(float x) {
        int k = 0;
        while (k < bounds.length && x > bounds[k]) {
            k++;
        }
        return k;
    }

    /**
     * The header starting at line {@code i}: the required columns on this line, or on it and the
     * next (tried when either names a column on its own). Two stacked lines win over one when they
     * name more columns and the second line is no row of the table.
     */
    static TableHeader find(TableRule rule, List<Line> lines, int i) {
        Line line = lines.get(i);
        // a header sets its headings apart; one run of words naming several columns is a title
        // ("Month-wise pension paid and tax deducted")
        List<Column> one = line.segments().size() > 1 ? named(rule, List.of(line), List.of()) : List.of();
        Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
        boolean stackable = next != null && next.page() == line.page()
                && next.top() - line.bottom() < 1.2f * (line.bottom() - line.top())
                && !isProse(line) && !isProse(next) && !IDENTIFIER.matcher(next.text()).find()
                && (!one.isEmpty() || rule.columns.stream().anyMatch(c -> c.matches(next.lower())));
        List<Column> two = stackable ? named(rule, List.of(line, next), Stack.of(line, next)) : List.of();
        if (hasRequired(rule, one)) {
            TableHeader single = of(withAnonymous(grownToCells(one, line), List.of(line)), 1);
            if (hasRequired(rule, two) && two.size() > one.size() && !startsRow(rule, single, next)) {
                return of(withAnonymous(two, List.of(line, next)), 2);
            }
            return single;
        }
        List<Column> lower = hasRequired(rule, two) ? named(rule, List.of(next), List.of()) : List.of();
        if (!hasRequired(rule, two) || hasRequired(rule, lower) && (two.size() <= lower.size() || isTitleOver(line, next))) {
            // a title above a header that the next line makes on its own is no upper half of it
            return null;
        }
        return of(withAnonymous(two, List.of(line, next)), 2);
    }

    /**
     * A section title over a header ("Short Term" over "Scrip  ISIN  Qty ..."): one phrase that
     * stands over one heading at most, where the upper half of a two-line header spans several.
     */
    private static boolean isTitleOver(Line upper, Line lower) {
        if (upper.segments().size() != 1) {
            return false;
        }
        Segment title = upper.segments().get(0);
        return lower.segments().stream().filter(s -> s.overlap(title.left(), title.right()) > 0).count() <= 1;
    }

    private static boolean startsRow(TableRule rule, TableHeader header, Line line) {
        String key = header.cells(line).get(rule.keyColumn);
        return key != null && rule.keyParser.first(key).isPresent();
    }

    private static boolean hasRequired(TableRule rule, List<Column> columns) {
        return !columns.isEmpty()
                && rule.requiredHeaders.stream().allMatch(n -> columns.stream().anyMatch(c -> c.name().equals(n)));
    }

    /**
     * Named columns found on the header lines; a column rule takes its first match not already
     * taken, in stacked cells first, then on each line.
     */
    private static List<Column> named(TableRule rule, List<Line> headerLines, List<Stack> stacks) {
        List<Column> out = new ArrayList<>();
        for (ColumnRule c : rule.columns) {
            Column found = inStacks(c, stacks, out);
            if (found == null) {
                found = onLines(c, headerLines, out);
            }
            if (found != null) {
                out.add(found);
            }
        }
        return out;
    }

    private static Column inStacks(ColumnRule c, List<Stack> stacks, List<Column> taken) {
        for (Pattern p : c.headers()) {
            for (Stack s : stacks) {
                if (s.words().size() > MAX_STACK_WORDS) {
                    continue;
                }
                Matcher m = p.matcher(s.text());
                while (m.find()) {
                    if (m.end() > m.start()) {
                        float[] span = s.span(m.start(), m.end());
                        if (!overlapsAny(taken, span[0], span[1])) {
                            return new Column(c.name(), span[0], span[1]);
                        }
                    }
                }
            }
        }
        return null;
    }

    private static Column onLines(ColumnRule c, List<Line> headerLines, List<Column> taken) {
        for (Line line : headerLines) {
            for (Pattern p : c.headers()) {
                Matcher m = p.matcher(line.lower());
                while (m.find()) {
                    if (m.end() == m.start() || line.wordsIn(m.start(), m.end()).isEmpty() || inProse(line, m.start())) {
                        continue;
                    }
                    float left = line.xOf(m.start());
                    float right = line.xAfter(m.end());
                    if (!overlapsAny(taken, left, right)) {
                        return new Column(c.name(), left, right);
                    }
                }
            }
        }
        return null;
    }

    /** A line with a sentence on it is no half of a two-line header. */
    static boolean isProse(Line line) {
        return line.segments().stream().anyMatch(s -> s.words().size() > MAX_HEADER_WORDS);
    }

    /** A header cell is short; the same words inside a sentence are prose, not a column heading. */
    private static boolean inProse(Line line, int offset) {
        return line.segments().get(line.segmentAt(offset)).words().size() > MAX_HEADER_WORDS;
    }

    /**
     * A named column covers the rest of its heading cell that no other column claims: "TDS" of
     * "TDS u/s 194A" stands over the left of the cell, while the amounts under it are set to the
     * right, under "194A".
     */
    private static List<Column> grownToCells(List<Column> named, Line line) {
        List<Column> out = new ArrayList<>(named);
        for (int k = 0; k < out.size(); k++) {
            Column c = out.get(k);
            float left = c.left();
            float right = c.right();
            for (Segment s : line.segments()) {
                if (s.overlap(c.left(), c.right()) <= 0) {
                    continue;
                }
                for (Word w : s.words()) {
                    if (w.x() >= right - 0.5f && !claimedByOther(out, k, w)) {
                        right = w.right();
                    } else if (w.x() >= c.right() - 0.5f) {
                        break;
                    }
                }
                List<Word> before = new ArrayList<>(s.words());
                java.util.Collections.reverse(before);
                for (Word w : before) {
                    if (w.right() <= left + 0.5f && !claimedByOther(out, k, w)) {
                        left = w.x();
                    } else if (w.right() <= c.left() + 0.5f) {
                        break;
                    }
                }
            }
            out.set(k, new Column(c.name(), left, right));
        }
        return out;
    }

    private static boolean claimedByOther(List<Column> columns, int self, Word w) {
        for (int k = 0; k < columns.size(); k++) {
            Column c = columns.get(k);
            if (k != self && Math.min(w.right(), c.right()) - Math.max(w.x(), c.left()) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Header cells no rule names become anonymous columns, so their data does not fall into a neighbour. */
    private static List<Column> withAnonymous(List<Column> named, List<Line> headerLines) {
        List<Column> all = new ArrayList<>(named);
        for (Line line : headerLines) {
            for (Segment s : line.segments()) {
                if (!overlapsAny(all, s.left(), s.right())) {
                    all.add(new Column("", s.left(), s.right()));
                }
            }
        }
        return all;
    }

    /**
     * Tightly set headings may touch or overlap a little ("Deposits (INR)" running into
     * "Withdrawals") without sharing a column: only an overlap over a third of the narrower
     * heading is a clash.
     */
    private static final float CLASH = 1 / 3f;

    private static boolean overlapsAny(List<Column> taken, float left, float right) {
        for (Column t : taken) {
            float narrower = Math.min(t.right() - t.left(), right - left);
            if (Math.min(t.right(), right) - Math.max(t.left(), left) > Math.max(1.5f, CLASH * narrower)) {
                return true;
            }
        }
        return false;
    }
}
