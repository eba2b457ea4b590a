package io.taxstream.corpus.holdout2;

import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.corpus.Layout;
import io.taxstream.corpus.kit.DrawnBatch;
import java.util.List;

/**
 * The second holdout corpus. Each document follows from (seed, layout, index) alone; documents
 * are shuffled before naming, so neither order nor names tell their type or layout.
 */
public final class Holdout2Corpus {

    private Holdout2Corpus() {
    }

    /** {@code perLayout} documents of every layout of the set. */
    public static List<GeneratedDocument> generate(long seed, int perLayout) {
        return generate(seed, perLayout, new Holdout2Layouts().all());
    }

    /** {@code perLayout} documents of each of the given layouts. */
    public static List<GeneratedDocument> generate(long seed, int perLayout, List<Layout> layouts) {
        return DrawnBatch.holdout(seed, perLayout, layouts, "holdout2", UploadNamer::new);
    }
}
