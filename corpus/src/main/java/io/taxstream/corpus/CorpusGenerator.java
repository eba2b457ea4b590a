package io.taxstream.corpus;

import io.taxstream.corpus.CorpusSpec.Kind;
import io.taxstream.corpus.CorpusSpec.Option;
import io.taxstream.corpus.kit.DrawnBatch;
import io.taxstream.corpus.util.Rng;
import java.util.List;

/**
 * Generates a corpus of documents with their truth. Each document's content follows from the seed,
 * its kind, its layout and its index alone, so the same spec always yields identical bytes.
 * Documents are shuffled before naming so that neither order nor names reveal their types.
 */
public final class CorpusGenerator {

    private final Layouts layouts;

    public CorpusGenerator() {
        this(new Layouts());
    }

    CorpusGenerator(Layouts layouts) {
        this.layouts = layouts;
    }

    public List<GeneratedDocument> generate(CorpusSpec spec) {
        DrawnBatch batch = new DrawnBatch();
        for (Kind kind : spec.kinds()) {
            List<Layout> candidates = layouts.of(kind, spec.has(Option.PDF_ONLY));
            if (candidates.isEmpty()) {
                continue;
            }
            Rng picker = Rng.derive(spec.seed(), "pick/" + kind, 0);
            for (int i = 0; i < spec.perType(); i++) {
                Layout layout = spec.has(Option.RANDOM_LAYOUTS) ? picker.pick(candidates)
                        : candidates.get(i % candidates.size());
                batch.draw(layout, Rng.derive(spec.seed(), kind + "/" + layout.name(), i));
            }
        }
        return batch.shuffleAndName(Rng.derive(spec.seed(), "shuffle", 0),
                new FileNamer(Rng.derive(spec.seed(), "names", 0)));
    }
}
