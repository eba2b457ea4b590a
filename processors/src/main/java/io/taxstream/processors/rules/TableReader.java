package io.taxstream.processors.rules;

import io.taxstream.processors.layout.Line;
import io.taxstream.processors.model.Word;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a table in any layout: finds its header by the column words of a {@link TableRule} (on one
 * line or two stacked ones), splits the page into columns (boundaries between the headings, moved
 * into the white space the rows leave between columns), puts every word of the following lines into
 * its column, starts a row wherever the key column parses, joins continuation lines (wrapped
 * narrations) to their row, and follows the table across pages, over repeated headers, until a stop
 * line. Text standing between rows or just above a header (a scheme's name and ISIN over its block,
 * a "Short Term" section title) is kept as each row's context.
 */
public final class TableReader {

    /** The cell name under which a row's context (the text of the nearest lines above it that are no rows) is given to the row mapper. */
    public static final String CONTEXT = "_context";

    /**
     * The cell name under which a row says that a cell went on from one line to the next inside a
     * token ("UPI/DR/8483/" over "cafe@upi/Pay"): the text is joined without a space, but whether the
     * printed value had one at the break cannot be read.
     */
    public static final String JOINED_IN_TOKEN = "_joined_in_token";

    /**
     * A row of the table.
     *
     * @param cells column name → text (and {@link #CONTEXT} → the context, when there is one)
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

    /** A line that ends inside a token: after a slash, an asterisk or a hyphen that follows no space. */
    private static final Pattern WRAPPED_TOKEN = Pattern.compile("[\\w/*-][/*-]$");

    /** How many lines of context a row keeps. */
    private static final int CONTEXT_LINES = 6;

    private final TableRule rule;
    private final List<Line> lines;
    private final List<Row> rows = new ArrayList<>();
    private final List<Row> totals = new ArrayList<>();
    private final Deque<String> context = new ArrayDeque<>();

    private TableReader(TableRule rule, List<Line> lines) {
        this.rule = rule;
        this.lines = lines;
    }

    private TableHeader header(int i) {
        return TableHeader.find(rule, lines, i);
    }

    public static Table read(TableRule rule, List<Line> lines) {
        TableReader reader = new TableReader(rule, lines);
        reader.readAll();
        return new Table(List.copyOf(reader.rows), List.copyOf(reader.totals));
    }

    private void readAll() {
        int i = 0;
        while (i < lines.size()) {
            TableHeader header = header(i);
            if (header == null) {
                remember(lines.get(i));
                i++;
                continue;
            }
            int start = i + header.lineCount();
            int end = start;
            while (end < lines.size() && !stops(lines.get(end)) && header(end) == null) {
                end++;
            }
            List<Line> block = lines.subList(start, end);
            TableHeader fitted = ColumnBounds.fit(header, rowLines(header, block));
            readBlock(fitted, block);
            if (end < lines.size() && stops(lines.get(end))) {
                Line stop = lines.get(end);
                totals.add(new Row(fitted.cells(stop), stop.page(), stop.text()));
                end++;
            }
            i = end;
        }
    }

    /** The lines of a block that belong to rows (row starts and their continuations), for fitting the columns. */
    private List<Line> rowLines(TableHeader header, List<Line> block) {
        List<Line> out = new ArrayList<>();
        RowBuilder current = null;
        for (Line line : block) {
            Map<String, String> cells = header.cells(line);
            if (startsRow(cells) || keyUnderHeading(header, line)) {
                current = new RowBuilder(cells, line, "");
                out.add(line);
            } else if (current != null && current.continuedBy(line, cells, this)) {
                current.append(cells, line);
                if (!TableHeader.isProse(line)) {
                    // a note under a row ("Grandfathered: NAV as on ...") runs across the columns and says nothing of their edges
                    out.add(line);
                }
            } else if (current != null && carriesKey(current, cells)) {
                current = current.carriedTo(rule.keyColumn, cells, line, "");
                out.add(line);
            } else {
                current = null;
            }
        }
        return out;
    }

    private void readBlock(TableHeader header, List<Line> block) {
        RowBuilder current = null;
        for (Line line : block) {
            Map<String, String> cells = header.cells(line);
            if (startsRow(cells)) {
                flush(current);
                current = new RowBuilder(cells, line, String.join("\n", context));
            } else if (current != null && current.continuedBy(line, cells, this)) {
                current.append(cells, line);
            } else if (current != null && carriesKey(current, cells)) {
                flush(current);
                current = current.carriedTo(rule.keyColumn, cells, line, String.join("\n", context));
            } else {
                flush(current);
                current = null;
                remember(line);
            }
        }
        flush(current);
    }

    /**
     * Whether the words standing under the key column's heading parse as a key: before the column
     * bounds are fitted, a wide neighbour may spill into the key column's cell.
     */
    private boolean keyUnderHeading(TableHeader header, Line line) {
        for (TableHeader.Column c : header.columns()) {
            if (c.name().equals(rule.keyColumn)) {
                StringBuilder under = new StringBuilder();
                for (Word w : line.words()) {
                    if (Math.min(w.right(), c.right()) - Math.max(w.x(), c.left()) > 0) {
                        under.append(under.length() == 0 ? "" : " ").append(w.text());
                    }
                }
                return under.length() > 0 && rule.keyParser.first(under.toString()).isPresent();
            }
        }
        return false;
    }

    private boolean startsRow(Map<String, String> cells) {
        String key = cells.get(rule.keyColumn);
        return key != null && rule.keyParser.first(key).isPresent();
    }

    /** Whether a line that continues no row starts one under the key of the row above ({@link TableRule.Builder#keyCarriedDownBy}). */
    private boolean carriesKey(RowBuilder current, Map<String, String> cells) {
        if (rule.carryColumn == null || startsRow(cells)) {
            return false;
        }
        String own = cells.get(rule.carryColumn);
        return own != null && current.has(rule.carryColumn) && current.has(rule.keyColumn)
                && rule.carryParser.first(own).filter(p -> p.start() <= 1).isPresent();
    }

    private boolean stops(Line line) {
        return SectionRule.matchesAny(rule.stopRows, line);
    }

    boolean skips(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Pattern p : rule.skipRows) {
            if (p.matcher(lower).find()) {
                return true;
            }
        }
        return false;
    }

    private void remember(Line line) {
        context.addLast(line.text());
        while (context.size() > CONTEXT_LINES) {
            context.removeFirst();
        }
    }

    private void flush(RowBuilder current) {
        if (current != null) {
            Row row = current.build();
            if (!skips(row.text())) {
                rows.add(row);
            }
        }
    }

    /** A row being read: its first line and any continuation lines. */
    private static final class RowBuilder {
        private final Map<String, String> cells;
        private final int page;
        private final StringBuilder text;
        private Line last;

        RowBuilder(Map<String, String> cells, Line first, String context) {
            this.cells = new LinkedHashMap<>(cells);
            if (!context.isEmpty()) {
                this.cells.put(CONTEXT, context);
            }
            this.page = first.page();
            this.text = new StringBuilder(first.text());
            this.last = first;
        }

        /**
         * A continuation line sits right under the row, on the same page; it is no row of its own
         * that the table skips (a page total), and it brings no second amount to a cell that has one.
         */
        boolean continuedBy(Line line, Map<String, String> more, TableReader reader) {
            float height = last.bottom() - last.top();
            if (line.page() != last.page() || line.top() - last.bottom() >= Math.max(2f, 0.9f * height)
                    || reader.skips(line.text()) || reader.stops(line)) {
                return false;
            }
            for (Map.Entry<String, String> e : more.entrySet()) {
                String had = cells.get(e.getKey());
                if (had != null && ValueParsers.isAmountOnly(had) && ValueParsers.isAmountOnly(e.getValue())) {
                    return false;
                }
            }
            return true;
        }

        boolean has(String column) {
            String cell = cells.get(column);
            return cell != null && !cell.isBlank();
        }

        /** The next row, on {@code line}, under this row's key. */
        RowBuilder carriedTo(String keyColumn, Map<String, String> lineCells, Line line, String context) {
            Map<String, String> withKey = new LinkedHashMap<>(lineCells);
            withKey.put(keyColumn, cells.get(keyColumn));
            return new RowBuilder(withKey, line, context);
        }

        void append(Map<String, String> more, Line line) {
            for (Map.Entry<String, String> e : more.entrySet()) {
                String above = cells.get(e.getKey());
                if (above != null && WRAPPED_TOKEN.matcher(above).find()) {
                    cells.put(JOINED_IN_TOKEN, e.getKey());
                }
            }
            more.forEach((k, v) -> cells.merge(k, v, RowBuilder::joinWrapped));
            text.append(' ').append(line.text());
            last = line;
        }

        /**
         * A cell's next line joins its text with a space, except after a line that ends inside a
         * token: narrations such as "UPI/DR/8483/CAFE/" wrap at their separators, and the token
         * goes on at the start of the next line.
         */
        private static String joinWrapped(String above, String below) {
            return WRAPPED_TOKEN.matcher(above).find() ? above + below : above + " " + below;
        }

        Row build() {
            return new Row(Map.copyOf(cells), page, text.toString());
        }
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
}
