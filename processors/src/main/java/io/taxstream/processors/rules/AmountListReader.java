package io.taxstream.processors.rules;

import io.taxstream.processors.layout.Line;
import io.taxstream.processors.layout.Segment;
import io.taxstream.processors.model.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads lists of named amounts that stand under a heading, such as a payslip's Earnings and
 * Deductions: side by side in either order (each heading owns the band of the page from its left
 * edge to the next heading) or one under the other. Every amount of a row is kept with its
 * position, so that the caller can choose the column (this month rather than year to date) by
 * headings or, better, by the arithmetic the document must satisfy.
 */
public final class AmountListReader {

    /**
     * One named row.
     *
     * @param name    the name as printed
     * @param amounts the row's amounts, left to right
     * @param page    its page
     */
    public record Entry(String name, List<Cell> amounts, int page) {
    }

    /**
     * A list under its heading.
     *
     * @param entries   the named rows
     * @param total     the amounts of its total row, left to right (empty when it has none)
     * @param totalPage the page of the total row
     * @param preferred the right edge of a wanted column heading ("Current", "Amount"), or null
     * @param avoided   the right edges of unwanted column headings ("YTD", "Arrears")
     */
    public record AmountList(List<Entry> entries, List<Cell> total, int totalPage, Float preferred, List<Float> avoided) {

        public boolean isEmpty() {
            return entries.isEmpty() && total.isEmpty();
        }
    }

    /** Where a heading stands. */
    private record Heading(int line, float left) {
    }

    private static final Pattern CURRENCY = Pattern.compile("(?i)(rs\\.?|inr|\u20B9|/-)");
    /** A heading is a short cell: "Earnings", "आय / Earnings", "RS. EARNINGS". */
    private static final int MAX_HEADING_WORDS = 8;

    private final Pattern totalRow;
    private final Pattern endRow;
    private final Pattern preferredColumn;
    private final Pattern avoidedColumn;

    /**
     * @param totalRow        a row that totals the list (ends it, its amounts are the list's totals)
     * @param endRow          a row that ends every list (e.g. net pay)
     * @param preferredColumn column headings whose amounts are wanted (e.g. current month)
     * @param avoidedColumn   column headings whose amounts are not (e.g. year to date)
     */
    public AmountListReader(String totalRow, String endRow, String preferredColumn, String avoidedColumn) {
        this.totalRow = FieldRule.label(totalRow);
        this.endRow = FieldRule.label(endRow);
        this.preferredColumn = FieldRule.label(preferredColumn);
        this.avoidedColumn = FieldRule.label(avoidedColumn);
    }

    /** Reads the lists under two headings that may stand side by side (in either order) or stacked; either may be absent. */
    public List<AmountList> read(List<Line> lines, String firstHeading, String secondHeading) {
        Heading first = heading(lines, FieldRule.label(firstHeading));
        Heading second = heading(lines, FieldRule.label(secondHeading));
        if (first != null && second != null && sameRow(lines, first, second)) {
            boolean firstLeft = first.left() < second.left();
            float split = (firstLeft ? second : first).left() - 4;
            AmountList left = list(lines, firstLeft ? first : second, -1, split, lines.size());
            AmountList right = list(lines, firstLeft ? second : first, split, Float.MAX_VALUE, lines.size());
            return firstLeft ? List.of(left, right) : List.of(right, left);
        }
        int firstEnd = second != null && first != null && second.line() > first.line() ? second.line() : lines.size();
        int secondEnd = second != null && first != null && first.line() > second.line() ? first.line() : lines.size();
        return List.of(first == null ? empty() : list(lines, first, -1, Float.MAX_VALUE, firstEnd),
                second == null ? empty() : list(lines, second, -1, Float.MAX_VALUE, secondEnd));
    }

    private static AmountList empty() {
        return new AmountList(List.of(), List.of(), 0, null, List.of());
    }

    private static boolean sameRow(List<Line> lines, Heading a, Heading b) {
        Line la = lines.get(a.line());
        Line lb = lines.get(b.line());
        return la.page() == lb.page() && Math.abs(la.top() - lb.top()) < 0.8f * (la.bottom() - la.top()) + 1;
    }

    /** The first line where the heading opens a short cell of a line that holds no amounts. */
    private static Heading heading(List<Line> lines, Pattern pattern) {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.words().stream().anyMatch(w -> ValueParsers.isAmountOnly(w.text()))) {
                continue;
            }
            Matcher m = pattern.matcher(line.lower());
            while (m.find()) {
                Segment cell = line.segments().get(line.segmentAt(m.start()));
                if (cell.words().size() <= MAX_HEADING_WORDS) {
                    List<Word> words = line.wordsIn(m.start(), m.end());
                    return new Heading(i, words.isEmpty() ? cell.left() : words.get(0).x());
                }
            }
        }
        return null;
    }

    private AmountList list(List<Line> lines, Heading heading, float left, float right, int end) {
        Line head = lines.get(heading.line());
        float from = left < 0 ? heading.left() - 4 : left;
        List<Entry> entries = new ArrayList<>();
        List<Cell> headings = columnHeadings(lines, heading.line(), from, right);
        float lastBottom = head.bottom();
        for (int i = heading.line() + 1; i < end; i++) {
            Line line = lines.get(i);
            if (line.page() != head.page() || line.top() - lastBottom > 4 * (line.bottom() - line.top()) + 6) {
                break;
            }
            StringBuilder name = new StringBuilder();
            List<Cell> amounts = new ArrayList<>();
            List<Word> band = new ArrayList<>();
            for (Word word : line.words()) {
                float center = word.x() + word.width() / 2;
                if (center >= from && center < right && !CURRENCY.matcher(word.text()).matches()) {
                    band.add(word);
                }
            }
            // numbers before the first word of the name are a wage-type code ("1000 Basic Pay"), not amounts
            int firstLetters = 0;
            while (firstLetters < band.size() && !ValueParsers.hasLetter(band.get(firstLetters).text())) {
                firstLetters++;
            }
            boolean named = firstLetters < band.size();
            for (int w = 0; w < band.size(); w++) {
                Word word = band.get(w);
                if (ValueParsers.isAmountOnly(word.text()) && !(named && w < firstLetters)) {
                    amounts.add(Cell.of(List.of(word)));
                } else if (amounts.isEmpty()) {
                    name.append(name.length() == 0 ? "" : " ").append(word.text());
                }
            }
            String n = name.toString().trim();
            String lower = n.toLowerCase(Locale.ROOT);
            if (endRow.matcher(lower).find()) {
                break;
            }
            if (amounts.isEmpty()) {
                continue;
            }
            lastBottom = line.bottom();
            if (totalRow.matcher(lower).find()) {
                return withColumns(entries, amounts, line.page(), headings);
            }
            if (!n.isEmpty() && ValueParsers.hasLetter(n)) {
                entries.add(new Entry(n, List.copyOf(amounts), line.page()));
            }
        }
        return withColumns(entries, List.of(), 0, headings);
    }

    private AmountList withColumns(List<Entry> entries, List<Cell> total, int page, List<Cell> headings) {
        Float preferred = null;
        List<Float> avoided = new ArrayList<>();
        for (Cell h : headings) {
            String t = h.text().toLowerCase(Locale.ROOT);
            if (avoidedColumn.matcher(t).find()) {
                avoided.add(h.right());
            } else if (preferred == null && preferredColumn.matcher(t).find()) {
                preferred = h.right();
            }
        }
        return new AmountList(List.copyOf(entries), List.copyOf(total), page, preferred, List.copyOf(avoided));
    }

    /** The column headings in the band, on the heading line or the one below. */
    private static List<Cell> columnHeadings(List<Line> lines, int headingLine, float left, float right) {
        List<Cell> out = new ArrayList<>();
        for (int i = headingLine; i <= headingLine + 1 && i < lines.size(); i++) {
            for (Segment s : lines.get(i).segments()) {
                if (s.centerX() >= left && s.centerX() < right) {
                    out.add(new Cell(s.text(), s.box()));
                }
            }
        }
        out.sort(Comparator.comparingDouble(Cell::left));
        return out;
    }
}
