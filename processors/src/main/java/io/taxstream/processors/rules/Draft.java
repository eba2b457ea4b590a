package io.taxstream.processors.rules;

import io.taxstream.processors.extract.ExtractedField;
import io.taxstream.processors.extract.Extraction;
import io.taxstream.processors.extract.Item;
import io.taxstream.processors.layout.Layout;
import io.taxstream.processors.layout.Line;
import io.taxstream.processors.model.Box;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An extraction being built by the rules engine: what has been found so far, and where to look. */
public final class Draft {

    private final Layout layout;
    private final Map<String, Region> regions = new HashMap<>();
    private final Map<String, ExtractedField> fields = new LinkedHashMap<>();
    private final List<Item> items = new ArrayList<>();
    private final Map<String, TableReader.Table> tables = new HashMap<>();
    private final Set<String> sections = new LinkedHashSet<>();
    private final List<String> notes = new ArrayList<>();

    Draft(Layout layout) {
        this.layout = layout;
    }

    public Layout layout() {
        return layout;
    }

    void addRegion(Region region) {
        regions.put(region.name(), region);
        sections.add(region.name());
    }

    /** The lines of a section, if the document has it. */
    public Optional<List<Line>> region(String name) {
        return Optional.ofNullable(regions.get(name)).map(Region::lines);
    }

    /** Records that the document has a section (e.g. {@code part_a}), which decides conditional requirements. */
    public void markSection(String name) {
        sections.add(name);
    }

    public boolean hasSection(String name) {
        return sections.contains(name);
    }

    public void put(String field, Candidate c) {
        fields.put(field, new ExtractedField(c.value(), confidence(c.score()), c.page(), c.box()));
    }

    public void put(String field, String value, double confidence, int page, Box box) {
        fields.put(field, new ExtractedField(value, confidence, page, box));
    }

    public void remove(String field) {
        fields.remove(field);
    }

    public String value(String field) {
        ExtractedField f = fields.get(field);
        return f == null ? null : f.value();
    }

    public ExtractedField field(String field) {
        return fields.get(field);
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public void addItem(Item item) {
        items.add(item);
    }

    public List<Item> items(String kind) {
        return items.stream().filter(i -> i.kind().equals(kind)).toList();
    }

    public void replaceItems(String kind, List<Item> replacement) {
        items.removeIf(i -> i.kind().equals(kind));
        items.addAll(replacement);
    }

    void putTable(String kind, TableReader.Table table) {
        tables.put(kind, table);
    }

    /** A table the engine read, with its rows and total lines. */
    public Optional<TableReader.Table> table(String kind) {
        return Optional.ofNullable(tables.get(kind));
    }

    public void note(String note) {
        notes.add(note);
    }

    /** Confidence from how a value was found: 0.6 for a weak find up to 0.99 for a value inline after an exact label. */
    static double confidence(double score) {
        return Math.max(0.5, Math.min(0.99, 0.6 + 0.39 * score));
    }

    Extraction toExtraction(String extractor) {
        return new Extraction(extractor, fields, items, sections, List.of(), notes);
    }
}
