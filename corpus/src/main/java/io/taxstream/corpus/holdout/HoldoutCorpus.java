package io.taxstream.corpus.holdout;

import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.corpus.Layout;
import io.taxstream.corpus.kit.DrawnBatch;
import java.util.List;

/**
 * The holdout corpus: documents in layouts the extractors were not developed on, with truth in
 * the contract's shape. Each document follows from (seed, layout, index) alone; documents are
 * shuffled before naming, so neither order nor names tell their type or layout.
 */
public final class HoldoutCorpus {

    private HoldoutCorpus() {
    }

    /** {@code perLayout} documents of every holdout layout. */
    public static List<GeneratedDocument> generate(long seed, int perLayout) {
        return generate(seed, perLayout, new HoldoutLayouts().all());
    }

    /** {@code perLayout} documents of each of the given layouts. */
    public static List<GeneratedDocument> generate(long seed, int perLayout, List<Layout> layouts) {
        return DrawnBatch.holdout(seed, perLayout, layouts, "holdout", ScanNamer::new);
    }
}
