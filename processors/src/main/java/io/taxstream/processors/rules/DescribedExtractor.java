package io.taxstream.processors.rules;

import io.taxstream.avro.DocType;
import io.taxstream.processors.extract.Extraction;
import io.taxstream.processors.extract.Extractor;
import io.taxstream.processors.extract.Item;
import io.taxstream.processors.layout.Layout;
import io.taxstream.processors.layout.Line;
import io.taxstream.processors.model.Document;
import io.taxstream.processors.types.DocumentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The rules tier's one engine: applies a document type's description (sections, field rules,
 * tables, completion) to a document's layout. There is no per-template code: a new layout is read
 * through the same labels, positions and tables.
 */
public final class DescribedExtractor implements Extractor {

    private final DocumentType type;
    private final FieldFinder finder;

    public DescribedExtractor(DocumentType type) {
        this.type = type;
        Map<String, List<Labels>> byField = new HashMap<>();
        for (FieldRule r : type.fieldRules()) {
            byField.computeIfAbsent(r.field, f -> new ArrayList<>()).addAll(r.labels);
        }
        this.finder = new FieldFinder(allLabels(type.fieldRules(), type.otherLabels()), byField);
    }

    /** Every label of the type: its fields' and those of things it prints but the contract does not ask for. */
    private static Pattern allLabels(List<FieldRule> rules, List<String> others) {
        StringJoiner alternation = new StringJoiner("|");
        for (FieldRule r : rules) {
            for (Labels l : r.labels) {
                alternation.add(l.alternative());
            }
        }
        for (String other : others) {
            alternation.add(Labels.of(other).alternative());
        }
        return Pattern.compile(alternation.length() == 0 ? "(?!)" : alternation.toString(), Pattern.UNICODE_CASE);
    }

    private static List<Item> items(TableRule table, TableReader.Table read) {
        List<Item> out = new ArrayList<>();
        for (TableReader.Row row : read.rows()) {
            table.mapper.map(row.cells()).ifPresent(values -> out.add(new Item(table.kind, values, row.page())));
        }
        return out;
    }

    @Override
    public DocType type() {
        return type.type();
    }

    @Override
    public Extraction extract(Document document) {
        return extract(Layout.of(document));
    }

    public Extraction extract(Layout layout) {
        Draft draft = new Draft(layout);
        for (SectionRule s : type.sections()) {
            s.find(layout).ifPresent(draft::addRegion);
        }
        for (FieldRule rule : type.fieldRules()) {
            if (draft.has(rule.field)) {
                continue;
            }
            Optional<List<Line>> lines = rule.section == null ? Optional.of(layout.lines()) : draft.region(rule.section);
            lines.flatMap(l -> finder.find(rule, l)).ifPresent(c -> draft.put(rule.field, c));
        }
        for (TableRule table : type.tables()) {
            TableReader.Table asTable = TableReader.read(table, layout.lines());
            TableReader.Table asRecords = new TableReader.Table(TableReader.readRecords(table, layout.lines()), List.of());
            List<Item> fromTable = items(table, asTable);
            List<Item> fromRecords = items(table, asRecords);
            // the same items may be printed as a table or as labelled records; the reading that finds more wins
            boolean records = fromTable.isEmpty() && !fromRecords.isEmpty();
            draft.putTable(table.kind, records ? asRecords : asTable);
            (records ? fromRecords : fromTable).forEach(draft::addItem);
        }
        type.complete(draft);
        return draft.toExtraction("rules");
    }
}
