package io.taxstream.corpus;

import io.taxstream.corpus.CorpusSpec.Kind;
import io.taxstream.corpus.CorpusSpec.Option;
import io.taxstream.corpus.util.Rng;
import java.util.ArrayList;
import java.util.Collections;
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
        List<Drawn> drawn = new ArrayList<>();
        for (Kind kind : spec.kinds()) {
            List<Layout> candidates = layouts.of(kind, spec.has(Option.PDF_ONLY));
            if (candidates.isEmpty()) {
                continue;
            }
            Rng picker = Rng.derive(spec.seed(), "pick/" + kind, 0);
            for (int i = 0; i < spec.perType(); i++) {
                Layout layout = spec.has(Option.RANDOM_LAYOUTS) ? picker.pick(candidates)
                        : candidates.get(i % candidates.size());
                Rng rng = Rng.derive(spec.seed(), kind + "/" + layout.name(), i);
                for (Rendered r : layout.render(rng)) {
                    drawn.add(new Drawn(layout.name(), r));
                }
            }
        }
        shuffle(drawn, Rng.derive(spec.seed(), "shuffle", 0));
        FileNamer namer = new FileNamer(Rng.derive(spec.seed(), "names", 0));
        List<GeneratedDocument> out = new ArrayList<>(drawn.size());
        for (Drawn d : drawn) {
            out.add(d.toDocument(namer));
        }
        return Collections.unmodifiableList(out);
    }

    private static void shuffle(List<Drawn> list, Rng rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, rng.between(0, i));
        }
    }

    private record Drawn(String layout, Rendered rendered) {
        GeneratedDocument toDocument(FileNamer namer) {
            String ext = Rendered.TEXT.equals(rendered.contentType()) ? "txt" : "pdf";
            String docType = String.valueOf(rendered.truth().get("doc_type"));
            return new GeneratedDocument(namer.next(ext), docType, layout, rendered.content(), rendered.contentType(),
                    rendered.truth(), rendered.password(), rendered.hints());
        }
    }
}
