package io.taxstream.processors.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A table of line items: its columns, which of them a header must show, which column starts a
 * row, which rows end the table or are not items, and how a row's cells become an item.
 */
public final class TableRule {

    /** Turns a row's cell texts (by column name) into an item's normalised values, or nothing for a row that is no item. */
    @FunctionalInterface
    public interface RowMapper {
        Optional<Map<String, String>> map(Map<String, String> cells);
    }

    final String kind;
    final List<ColumnRule> columns;
    final Set<String> requiredHeaders;
    final String keyColumn;
    final ValueParser keyParser;
    final List<Pattern> stopRows;
    final List<Pattern> skipRows;
    final RowMapper mapper;
    final String carryColumn;
    final ValueParser carryParser;

    private TableRule(Builder b) {
        this.kind = b.kind;
        this.columns = List.copyOf(b.columns);
        this.requiredHeaders = Set.copyOf(b.requiredHeaders);
        this.keyColumn = b.keyColumn;
        this.keyParser = b.keyParser;
        this.stopRows = List.copyOf(b.stopRows);
        this.skipRows = List.copyOf(b.skipRows);
        this.mapper = b.mapper;
        this.carryColumn = b.carryColumn;
        this.carryParser = b.carryParser;
    }

    public static Builder items(String kind) {
        return new Builder(kind);
    }

    public String kind() {
        return kind;
    }

    /** The first column (in the order declared) whose header words a label shows, for labels printed outside a table's header. */
    public Optional<String> columnOf(String label) {
        String lower = label.toLowerCase(java.util.Locale.ROOT);
        return columns.stream().filter(c -> c.matches(lower)).map(ColumnRule::name).findFirst();
    }

    /** Builds a {@link TableRule}. */
    public static final class Builder {
        private final String kind;
        private final List<ColumnRule> columns = new ArrayList<>();
        private final List<String> requiredHeaders = new ArrayList<>();
        private String keyColumn;
        private ValueParser keyParser;
        private final List<Pattern> stopRows = new ArrayList<>();
        private final List<Pattern> skipRows = new ArrayList<>();
        private RowMapper mapper;
        private String carryColumn;
        private ValueParser carryParser;

        private Builder(String kind) {
            this.kind = kind;
        }

        public Builder column(String name, String... headers) {
            columns.add(ColumnRule.of(name, headers));
            return this;
        }

        /** The columns a line must show to be taken for this table's header. */
        public Builder headerNeeds(String... names) {
            requiredHeaders.addAll(List.of(names));
            return this;
        }

        /** A row starts on a line whose cell in this column parses. */
        public Builder rowStartsWith(String column, ValueParser parser) {
            this.keyColumn = column;
            this.keyParser = parser;
            return this;
        }

        /**
         * A line without a key that brings its own value (parsed by {@code parser}) to this column,
         * where the row above already has one, is a row of its own under the key of the row above:
         * statements print a day's date only at its first transaction.
         */
        public Builder keyCarriedDownBy(String column, ValueParser parser) {
            this.carryColumn = column;
            this.carryParser = parser;
            return this;
        }

        /** A line matching one of these ends the table (until a repeated header on a later page). */
        public Builder stopAt(String... regexes) {
            for (String r : regexes) {
                stopRows.add(FieldRule.label(r));
            }
            return this;
        }

        /** Rows matching one of these are not items (brought-forward balances, page totals). */
        public Builder skip(String... regexes) {
            for (String r : regexes) {
                skipRows.add(FieldRule.label(r));
            }
            return this;
        }

        public Builder mapper(RowMapper mapper) {
            this.mapper = mapper;
            return this;
        }

        public TableRule build() {
            if (keyColumn == null || mapper == null || requiredHeaders.isEmpty()) {
                throw new IllegalStateException("table " + kind + " needs a key column, required headers and a row mapper");
            }
            return new TableRule(this);
        }
    }
}
