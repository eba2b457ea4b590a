package io.taxstream.processors.rules;

import io.taxstream.processors.layout.Line;
import io.taxstream.processors.layout.Segment;
import io.taxstream.processors.model.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads lists of named amounts that stand under a heading, such as a payslip's Earnings and
 * Deductions: side by side (each heading owns the band of the page from its left edge to the next
 * heading) or one under the other. Of several amount columns (monthly, arrears, year to date) it
 * takes the one under the preferred column heading, else the first.
 */
public final class AmountListReader {

    /**
     * One named amount.
     *
     * @param name   the name as printed
     * @param amount the amount's printed text in the chosen column
     * @param page   its page
     */
    public record Entry(String name, String amount, int page) {
    }

    /**
     * A list under its heading.
     *
     * @param entries the named amounts
     * @param total   the printed text of its total row's amount, or null
     * @param totalPage the page of the total row
     */
    public record AmountList(List<Entry> entries, String total, int totalPage) {
    }

    /** Where a heading stands. */
    private record Heading(int line, float left) {
    }

    private static final Pattern CURRENCY = Pattern.compile("(?i)(rs\\.?|inr|\u20B9|/-)");

    private final Pattern totalRow;
    private final Pattern endRow;
    private final Pattern preferredColumn;
    private final Pattern avoidedColumn;

    /**
     * @param totalRow        a row that totals the list (ends it, its amount is the list's total)
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

    /** Reads the lists under two headings that may stand side by side or stacked; either may be absent. */
    public List<AmountList> read(List<Line> lines, String firstHeading, String secondHeading) {
        Heading first = heading(lines, FieldRule.label(firstHeading), 0);
        Heading second = heading(lines, FieldRule.label(secondHeading), 0);
        List<AmountList> out = new ArrayList<>();
        if (first != null && second != null && sameRow(lines, first, second)) {
            float split = second.left() - 4;
            out.add(list(lines, first.line(), first.left() - 4, split, lines.size()));
            out.add(list(lines, second.line(), split, Float.MAX_VALUE, lines.size()));
            return out;
        }
        int firstEnd = second != null && first != null && second.line() > first.line() ? second.line() : lines.size();
        out.add(first == null ? empty() : list(lines, first.line(), -1, Float.MAX_VALUE, firstEnd));
        out.add(second == null ? empty() : list(lines, second.line(), -1, Float.MAX_VALUE, lines.size()));
        return out;
    }

    private static AmountList empty() {
        return new AmountList(List.of(), null, 0);
    }

    private static boolean sameRow(List<Line> lines, Heading a, Heading b) {
        Line la = lines.get(a.line());
        Line lb = lines.get(b.line());
        return la.page() == lb.page() && Math.abs(la.top() - lb.top()) < 0.8f * (la.bottom() - la.top()) + 1;
    }

    private static Heading heading(List<Line> lines, Pattern pattern, int from) {
        for (int i = from; i < lines.size(); i++) {
            Line line = lines.get(i);
            Matcher m = pattern.matcher(line.lower());
            if (m.find()) {
                List<Word> words = line.wordsIn(m.start(), m.end());
                float left = words.isEmpty() ? line.segments().get(line.segmentAt(m.start())).left() : words.get(0).x();
                return new Heading(i, left);
            }
        }
        return null;
    }

    private AmountList list(List<Line> lines, int headingLine, float left, float right, int end) {
        Line head = lines.get(headingLine);
        Float column = column(lines, headingLine, left, right);
        List<Entry> entries = new ArrayList<>();
        float lastBottom = head.bottom();
        for (int i = headingLine + 1; i < end; i++) {
            Line line = lines.get(i);
            if (line.page() != head.page() || line.top() - lastBottom > 4 * (line.bottom() - line.top()) + 6) {
                break;
            }
            StringBuilder name = new StringBuilder();
            List<Word> amounts = new ArrayList<>();
            for (Word w : line.words()) {
                float center = w.x() + w.width() / 2;
                if (center < left || center >= right || CURRENCY.matcher(w.text()).matches()) {
                    continue;
                }
                if (ValueParsers.isAmountOnly(w.text())) {
                    amounts.add(w);
                } else if (amounts.isEmpty()) {
                    name.append(name.length() == 0 ? "" : " ").append(w.text());
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
            Word amount = pick(amounts, column);
            lastBottom = line.bottom();
            if (totalRow.matcher(lower).find()) {
                return new AmountList(entries, amount.text(), line.page());
            }
            if (!n.isEmpty() && ValueParsers.hasLetter(n)) {
                entries.add(new Entry(n, amount.text(), line.page()));
            }
        }
        return new AmountList(entries, null, 0);
    }

    /** The x-centre of the wanted amount column, from column headings on the heading line or the one below. */
    private Float column(List<Line> lines, int headingLine, float left, float right) {
        Float preferred = null;
        boolean avoided = false;
        for (int i = headingLine; i <= headingLine + 1 && i < lines.size(); i++) {
            for (Segment s : lines.get(i).segments()) {
                if (s.centerX() < left || s.centerX() >= right) {
                    continue;
                }
                String t = s.text().toLowerCase(Locale.ROOT);
                if (avoidedColumn.matcher(t).find()) {
                    avoided = true;
                } else if (preferred == null && preferredColumn.matcher(t).find()) {
                    preferred = s.right();
                }
            }
        }
        return avoided ? preferred : null;
    }

    private static Word pick(List<Word> amounts, Float column) {
        if (column == null || amounts.size() == 1) {
            return amounts.get(0);
        }
        Word best = amounts.get(0);
        for (Word a : amounts) {
            if (Math.abs(a.right() - column) < Math.abs(best.right() - column)) {
                best = a;
            }
        }
        return best;
    }
}
