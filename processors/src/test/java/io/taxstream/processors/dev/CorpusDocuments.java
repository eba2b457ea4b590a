package io.taxstream.processors.dev;

import io.taxstream.avro.DocType;
import io.taxstream.corpus.CorpusGenerator;
import io.taxstream.corpus.CorpusSpec;
import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.load.LoadFailure;
import io.taxstream.processors.load.Loaders;
import io.taxstream.processors.model.Document;
import java.util.ArrayList;
import java.util.List;

/** Generated documents of the contract's types (near misses as UNKNOWN), loaded, with their true type. */
final class CorpusDocuments {

    record Labelled(String name, DocType type, Document document) {
    }

    private CorpusDocuments() {
    }

    /** The holdout corpus: layouts no classifier or extractor was developed on. */
    static List<Labelled> holdout(long seed, int perLayout) {
        return load(io.taxstream.corpus.holdout.HoldoutCorpus.generate(seed, perLayout));
    }

    static List<Labelled> generate(long seed, int perType) {
        List<CorpusSpec.Kind> kinds = List.of(CorpusSpec.Kind.FORM_16, CorpusSpec.Kind.PAYSLIP,
                CorpusSpec.Kind.BANK_STATEMENT, CorpusSpec.Kind.INTEREST_CERTIFICATE, CorpusSpec.Kind.CAPITAL_GAINS,
                CorpusSpec.Kind.INVESTMENT_PROOF, CorpusSpec.Kind.UNKNOWN);
        return load(new CorpusGenerator().generate(new CorpusSpec(seed, perType, kinds, java.util.Set.of())));
    }

    private static List<Labelled> load(List<GeneratedDocument> documents) {
        List<Labelled> out = new ArrayList<>();
        for (GeneratedDocument g : documents) {
            if (g.docType().equals("BAD") || g.docType().equals("ENCRYPTED")) {
                continue;
            }
            try {
                Document d = Loaders.standard().load(new DocumentInput(g.content(), g.contentType(), g.password(), g.hints()));
                out.add(new Labelled(g.fileName() + "[" + g.layout() + "]", DocType.valueOf(g.docType()), d));
            } catch (LoadFailure e) {
                // unreadable input is not the classifier's business
            }
        }
        return out;
    }
}
