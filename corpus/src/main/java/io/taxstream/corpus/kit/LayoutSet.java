package io.taxstream.corpus.kit;

import io.taxstream.corpus.Layout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A holdout set's layouts by contract doc_type, in the order they were added. */
public abstract class LayoutSet {

    private final Map<String, List<Layout>> byType = new LinkedHashMap<>();

    /** Adds the layouts of one doc_type; a set adds each type once, in its constructor. */
    protected final void put(String docType, List<Layout> layouts) {
        byType.put(docType, layouts);
    }

    /** The doc_types in a fixed order. */
    public List<String> types() {
        return List.copyOf(byType.keySet());
    }

    public List<Layout> of(String docType) {
        return byType.getOrDefault(docType, List.of());
    }

    /** Every layout, type by type. */
    public List<Layout> all() {
        List<Layout> out = new ArrayList<>();
        byType.values().forEach(out::addAll);
        return out;
    }
}
