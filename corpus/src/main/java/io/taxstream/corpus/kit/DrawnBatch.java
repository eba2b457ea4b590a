package io.taxstream.corpus.kit;

import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.util.Rng;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Documents drawn layout by layout, then shuffled and named, so that neither order nor names tell
 * their type or layout. The order of drawing, shuffling and naming is fixed: the same seeds give
 * the same bytes and the same names.
 */
public final class DrawnBatch {

    private final List<Drawn> drawn = new ArrayList<>();

    /** Draws one document (or a set printed together) of the layout. */
    public void draw(Layout layout, Rng rng) {
        for (Rendered r : layout.render(rng)) {
            drawn.add(new Drawn(layout.name(), r));
        }
    }

    /** Shuffles what was drawn with {@code shuffler}, then names each document in the new order. */
    public List<GeneratedDocument> shuffleAndName(Rng shuffler, UploadNames namer) {
        List<Drawn> list = new ArrayList<>(drawn);
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, shuffler.between(0, i));
        }
        List<GeneratedDocument> out = new ArrayList<>(list.size());
        for (Drawn d : list) {
            Rendered r = d.rendered();
            String ext = Rendered.TEXT.equals(r.contentType()) ? "txt" : "pdf";
            out.add(new GeneratedDocument(namer.next(ext), String.valueOf(r.truth().get("doc_type")), d.layout(),
                    r.content(), r.contentType(), r.truth(), r.password(), r.hints()));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * A holdout set: {@code perLayout} documents of each layout, each from (seed, layout, index)
     * alone, with random sources derived under {@code prefix}.
     */
    public static List<GeneratedDocument> holdout(long seed, int perLayout, List<Layout> layouts, String prefix,
            Function<Rng, UploadNames> namer) {
        if (perLayout < 0) {
            throw new IllegalArgumentException("perLayout must not be negative: " + perLayout);
        }
        DrawnBatch batch = new DrawnBatch();
        for (Layout layout : layouts) {
            for (int i = 0; i < perLayout; i++) {
                batch.draw(layout, Rng.derive(seed, prefix + "/" + layout.docType() + "/" + layout.name(), i));
            }
        }
        return batch.shuffleAndName(Rng.derive(seed, prefix + "/shuffle", 0),
                namer.apply(Rng.derive(seed, prefix + "/names", 0)));
    }

    private record Drawn(String layout, Rendered rendered) {
    }
}
