package io.taxstream.processors.rules;

import io.taxstream.processors.layout.Line;
import io.taxstream.processors.layout.Segment;
import io.taxstream.processors.model.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a table in any layout: finds its header by the column words of a {@link TableRule} (on one
 * line or two), splits the page into columns at the midpoints between header cells, puts every
 * word of the following lines into the column its centre falls in, starts a row wherever the key
 * column parses, joins continuation lines (wrapped narrations) to their row, and follows the table
 * across pages, over repeated headers, until a stop line.
 */
public final class TableReader {

    /**
     * A row of the table.
     *
     * @param cells column name → text
     * @param page  the page it starts on
     * @param text  the row's full text, for skip and stop rules
     */
    public record Row(Map<String, String> cells, int page, String text) {
    }

    /**
     * What was read of a table.
     *
     * @param rows   its rows, in order
     * @param totals the lines that ended it (a "Total" row), with their cells, in order
     */
    public record Table(List<Row> rows, List<Row> totals) {
    }

    private record Column(String name, float left, float right) {
        float center() {
            return (left + right) / 2;
        }
    }

    private record Header(List<Column> columns, int lineCount) {
    }

    /** The most words a header cell has ("Date on which tax deposited (dd/mm/yyyy)"). */
    private static final int MAX_HEADER_WORDS = 7;

    private TableReader() {
    }

    public static Table read(TableRule rule, List<Line> lines) {
        List<Row> rows = new ArrayList<>();
        List<Row> totals = new ArrayList<>();
        Header header = null;
        RowBuilder current = null;
        boolean stopped = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Header h = header(rule, lines, i);
            if (h != null) {
                current = flush(current, rows, rule);
                header = h;
                stopped = false;
                i += h.lineCount() - 1;
                continue;
            }
            if (header == null || stopped) {
                continue;
            }
            if (SectionRule.matchesAny(rule.stopRows, line)) {
                current = flush(current, rows, rule);
                totals.add(new Row(cells(header, line), line.page(), line.text()));
                stopped = true;
                continue;
            }
            Map<String, String> cells = cells(header, line);
            String key = cells.get(rule.keyColumn);
            if (key != null && rule.keyParser.first(key).isPresent()) {
                flush(current, rows, rule);
                current = new RowBuilder(cells, line);
            } else if (current != null && current.continuedBy(line)) {
                current.append(cells, line);
            }
        }
        flush(current, rows, rule);
        return new Table(rows, totals);
    }

    /**
     * Reads the same items printed as records rather than a table: a line that opens with the key
     * ("Quarter Q1 (April - June)") starts a record, and the following lines label its values
     * with the column words ("Amount of tax deducted ........ : 0.00"). A record needs at least two
     * labelled values; a line that labels nothing ends it.
     */
    public static List<Row> readRecords(TableRule rule, List<Line> lines) {
        List<Row> rows = new ArrayList<>();
        Map<String, String> cells = null;
        int page = 0;
        for (Line line : lines) {
            if (SectionRule.matchesAny(rule.stopRows, line)) {
                addRecord(rows, cells, page);
                cells = null;
                continue;
            }
            String first = line.segments().get(0).text();
            if (first.length() <= 60 && rule.keyParser.first(first).isPresent()) {
                addRecord(rows, cells, page);
                cells = new LinkedHashMap<>();
                cells.put(rule.keyColumn, first);
                page = line.page();
            } else if (cells != null && !labelledValue(rule, line, cells)) {
                addRecord(rows, cells, page);
                cells = null;
            }
        }
        addRecord(rows, cells, page);
        return rows;
    }

    private static void addRecord(List<Row> rows, Map<String, String> cells, int page) {
        if (cells != null && cells.size() >= 3) {
            rows.add(new Row(Map.copyOf(cells), page, String.join(" ", cells.values())));
        }
    }

    /** Puts the value a line labels into the record; false when the line labels none of the columns. */
    private static boolean labelledValue(TableRule rule, Line line, Map<String, String> cells) {
        String column = null;
        int at = Integer.MAX_VALUE;
        int end = 0;
        for (ColumnRule c : rule.columns) {
            if (c.name().equals(rule.keyColumn)) {
                continue;
            }
            for (Pattern p : c.headers()) {
                Matcher m = p.matcher(line.lower());
                if (m.find() && m.start() < at) {
                    column = c.name();
                    at = m.start();
                    end = m.end();
                }
            }
        }
        if (column == null) {
            return false;
        }
        String text = line.text();
        int colon = text.lastIndexOf(':');
        String value = (colon >= end ? text.substring(colon + 1) : text.substring(end)).replaceAll("^[\\s.:=-]+", "").trim();
        if (!value.isEmpty()) {
            cells.putIfAbsent(column, value);
        }
        return true;
    }

    private static RowBuilder flush(RowBuilder current, List<Row> rows, TableRule rule) {
        if (current != null) {
            Row row = current.build();
            boolean skip = false;
            for (Pattern p : rule.skipRows) {
                skip |= p.matcher(row.text().toLowerCase(Locale.ROOT)).find();
            }
            if (!skip) {
                rows.add(row);
            }
        }
        return null;
    }

    /** The header starting at line {@code i}: the required columns on this line, or on it and the next. */
    private static Header header(TableRule rule, List<Line> lines, int i) {
        Line line = lines.get(i);
        List<Column> one = columns(rule, List.of(line));
        if (hasRequired(rule, one)) {
            return new Header(withAnonymous(one, List.of(line)), 1);
        }
        if (i + 1 < lines.size() && !one.isEmpty()) {
            Line next = lines.get(i + 1);
            if (next.page() == line.page() && next.top() - line.bottom() < 1.2f * (line.bottom() - line.top())) {
                List<Column> two = columns(rule, List.of(line, next));
                if (hasRequired(rule, two)) {
                    return new Header(withAnonymous(two, List.of(line, next)), 2);
                }
            }
        }
        return null;
    }

    private static boolean hasRequired(TableRule rule, List<Column> columns) {
        return rule.requiredHeaders.stream().allMatch(n -> columns.stream().anyMatch(c -> c.name().equals(n)));
    }

    /** Named columns found on the header lines; a column rule takes its first match not already taken. */
    private static List<Column> columns(TableRule rule, List<Line> headerLines) {
        List<Column> out = new ArrayList<>();
        List<float[]> taken = new ArrayList<>();
        for (ColumnRule c : rule.columns) {
            found:
            for (Line line : headerLines) {
                for (Pattern p : c.headers()) {
                    Matcher m = p.matcher(line.lower());
                    while (m.find()) {
                        List<Word> words = line.wordsIn(m.start(), m.end());
                        if (words.isEmpty() || inProse(line, m.start())) {
                            continue;
                        }
                        float left = words.get(0).x();
                        float right = words.get(words.size() - 1).right();
                        if (overlapsAny(taken, left, right)) {
                            continue;
                        }
                        taken.add(new float[] {left, right});
                        out.add(new Column(c.name(), left, right));
                        break found;
                    }
                }
            }
        }
        return out;
    }

    /** A header cell is short; the same words inside a sentence are prose, not a column heading. */
    private static boolean inProse(Line line, int offset) {
        return line.segments().get(line.segmentAt(offset)).words().size() > MAX_HEADER_WORDS;
    }

    /** Header cells no rule names become anonymous columns, so their data does not fall into a neighbour. */
    private static List<Column> withAnonymous(List<Column> named, List<Line> headerLines) {
        List<Column> all = new ArrayList<>(named);
        for (Line line : headerLines) {
            for (Segment s : line.segments()) {
                boolean free = true;
                for (Column c : all) {
                    free &= s.overlap(c.left(), c.right()) <= 0;
                }
                if (free) {
                    all.add(new Column("", s.left(), s.right()));
                }
            }
        }
        all.sort(Comparator.comparingDouble(Column::left));
        return all;
    }

    private static boolean overlapsAny(List<float[]> taken, float left, float right) {
        for (float[] t : taken) {
            if (Math.min(t[1], right) - Math.max(t[0], left) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Puts every word of a line into the column its centre falls in (boundaries halfway between header cells). */
    private static Map<String, String> cells(Header header, Line line) {
        List<Column> cols = header.columns();
        Map<String, StringBuilder> out = new LinkedHashMap<>();
        for (Word w : line.words()) {
            float center = w.x() + w.width() / 2;
            int k = 0;
            while (k + 1 < cols.size() && center > boundary(cols.get(k), cols.get(k + 1))) {
                k++;
            }
            String name = cols.get(k).name();
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

    private static float boundary(Column a, Column b) {
        return a.right() <= b.left() ? (a.right() + b.left()) / 2 : (a.center() + b.center()) / 2;
    }

    /** A row being read: its first line and any continuation lines. */
    private static final class RowBuilder {
        private final Map<String, String> cells;
        private final int page;
        private final StringBuilder text;
        private Line last;

        RowBuilder(Map<String, String> cells, Line first) {
            this.cells = new LinkedHashMap<>(cells);
            this.page = first.page();
            this.text = new StringBuilder(first.text());
            this.last = first;
        }

        /** A continuation line sits right under the row, on the same page. */
        boolean continuedBy(Line line) {
            float height = last.bottom() - last.top();
            return line.page() == last.page() && line.top() - last.bottom() < Math.max(2f, 0.9f * height);
        }

        void append(Map<String, String> more, Line line) {
            more.forEach((k, v) -> cells.merge(k, v, (a, b) -> a + " " + b));
            text.append(' ').append(line.text());
            last = line;
        }

        Row build() {
            return new Row(Map.copyOf(cells), page, text.toString());
        }
    }
}
