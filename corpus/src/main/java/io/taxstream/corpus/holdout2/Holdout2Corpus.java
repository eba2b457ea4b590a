package io.taxstream.corpus.holdout2;

import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.util.Rng;
import java.util.ArrayList;
import java.util.Collections;
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
        if (perLayout < 0) {
            throw new IllegalArgumentException("perLayout must not be negative: " + perLayout);
        }
        List<Drawn> drawn = new ArrayList<>();
        for (Layout layout : layouts) {
            for (int i = 0; i < perLayout; i++) {
                Rng rng = Rng.derive(seed, "holdout2/" + layout.docType() + "/" + layout.name(), i);
                for (Rendered r : layout.render(rng)) {
                    drawn.add(new Drawn(layout.name(), r));
                }
            }
        }
        Rng shuffler = Rng.derive(seed, "holdout2/shuffle", 0);
        for (int i = drawn.size() - 1; i > 0; i--) {
            Collections.swap(drawn, i, shuffler.between(0, i));
        }
        UploadNamer namer = new UploadNamer(Rng.derive(seed, "holdout2/names", 0));
        List<GeneratedDocument> out = new ArrayList<>(drawn.size());
        for (Drawn d : drawn) {
            Rendered r = d.rendered();
            String ext = Rendered.TEXT.equals(r.contentType()) ? "txt" : "pdf";
            out.add(new GeneratedDocument(namer.next(ext), String.valueOf(r.truth().get("doc_type")), d.layout(),
                    r.content(), r.contentType(), r.truth(), r.password(), r.hints()));
        }
        return Collections.unmodifiableList(out);
    }

    private record Drawn(String layout, Rendered rendered) {
    }
}
