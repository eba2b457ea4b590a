package io.taxstream.processors.rules;

import io.taxstream.processors.contract.FieldKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How one contract field is found: the labels it goes by (most specific first), the kind of its
 * value, where the value may stand relative to its label, which amount column to take when a row
 * has several, and the part of the document to look in. A description of a document type is a
 * list of these; the {@link FieldFinder} applies them to any layout.
 */
public final class FieldRule {

    /** Which of several amounts on a label's row is the field's. */
    public enum Column { FIRST, LAST }

    final String field;
    final FieldKind kind;
    final List<Labels> labels;
    /** All labels that may occur anywhere in a line, in one pattern (cell labels are checked cell by cell). */
    final Pattern anyLabel;
    final List<Labels> rejectLines;
    final ValueParser parser;
    /** Whether the value is free text (a name) rather than a token with a pattern. */
    final boolean phrase;
    final Column column;
    final Pattern columnHeader;
    final String section;
    final boolean preferLast;
    final boolean inline;
    final boolean right;
    final int below;

    private FieldRule(Builder b) {
        this.field = b.field;
        this.kind = b.kind;
        this.labels = List.copyOf(b.labels);
        this.anyLabel = Pattern.compile(String.join("|", labels.stream().filter(l -> !l.cell())
                .map(p -> "(?:" + p.pattern().pattern() + ")").toList()),
                Pattern.UNICODE_CASE);
        this.rejectLines = List.copyOf(b.rejectLines);
        this.parser = b.parser != null ? b.parser : ValueParsers.of(b.kind);
        this.phrase = b.parser == null && (b.kind == FieldKind.NAME || b.kind == FieldKind.TEXT || b.kind == FieldKind.ENUM);
        this.column = b.column;
        this.columnHeader = b.columnHeader;
        this.section = b.section;
        this.preferLast = b.preferLast;
        this.inline = b.inline;
        this.right = b.right;
        this.below = b.below;
    }

    public static Builder field(String field, FieldKind kind) {
        return new Builder(field, kind);
    }

    public String field() {
        return field;
    }

    public FieldKind kind() {
        return kind;
    }

    /**
     * Compiles a label written in lower case (it is matched against lower-cased text); any run of
     * white space matches any other, and an optional space ({@code " ?"}) matches none or any.
     */
    static Pattern label(String regex) {
        return Pattern.compile(regex.replace(" ?", "\\s*").replace(" ", "\\s+"), Pattern.UNICODE_CASE);
    }

    /** Builds a {@link FieldRule}. */
    public static final class Builder {
        private final String field;
        private final FieldKind kind;
        private final List<Labels> labels = new ArrayList<>();
        private final List<Labels> rejectLines = new ArrayList<>();
        private ValueParser parser;
        private Column column = Column.LAST;
        private Pattern columnHeader;
        private String section;
        private boolean preferLast;
        private boolean inline = true;
        private boolean right = true;
        private int below = 2;

        private Builder(String field, FieldKind kind) {
            this.field = field;
            this.kind = kind;
        }

        /**
         * Label patterns, most specific first: regular expressions on lower-case text, a space
         * matching any white space; {@code cell:} in front means the label must open a cell.
         */
        public Builder labels(String... regexes) {
            for (String r : regexes) {
                labels.add(Labels.of(r));
            }
            return this;
        }

        /** A line where any of these occurs is never this field's label line (e.g. year-to-date rows). */
        public Builder notOn(String... regexes) {
            for (String r : regexes) {
                rejectLines.add(Labels.of(r));
            }
            return this;
        }

        public Builder parser(ValueParser parser) {
            this.parser = parser;
            return this;
        }

        /** Of several amounts right of the label, take the first or the last (default last). */
        public Builder column(Column column) {
            this.column = column;
            return this;
        }

        /** Of several amounts right of the label, take the one under a column header matching this. */
        public Builder columnHeader(String regex) {
            this.columnHeader = label(regex);
            return this;
        }

        /** Look only inside this section of the document. */
        public Builder in(String section) {
            this.section = section;
            return this;
        }

        /** When the label appears more than once, the last occurrence wins (totals at the end). */
        public Builder preferLast() {
            this.preferLast = true;
            return this;
        }

        /** Values never stand below this label (only on its line). */
        public Builder sameLineOnly() {
            this.below = 0;
            return this;
        }

        /** Lines below the label searched for its value (default 2). */
        public Builder below(int lines) {
            this.below = lines;
            return this;
        }

        /** Values stand only below the label (a table header above its cell). */
        public Builder belowOnly(int lines) {
            this.inline = false;
            this.right = false;
            this.below = lines;
            return this;
        }

        public FieldRule build() {
            if (labels.isEmpty()) {
                throw new IllegalStateException("field " + field + " has no labels");
            }
            return new FieldRule(this);
        }
    }
}
