package io.taxstream.processors.dev;

import io.taxstream.corpus.CorpusGenerator;
import io.taxstream.corpus.CorpusSpec;
import io.taxstream.corpus.GeneratedDocument;
import io.taxstream.processors.classify.Classification;
import io.taxstream.processors.classify.KeywordClassifier;
import io.taxstream.processors.load.DocumentInput;
import io.taxstream.processors.load.LoadFailure;
import io.taxstream.processors.load.Loaders;
import io.taxstream.processors.model.Document;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Development aid: keyword classification accuracy on a generated corpus of all kinds; prints misses and unsure verdicts. */
public final class DevClassify {

    public static void main(String[] args) throws Exception {
        long seed = Long.parseLong(args[0]);
        int per = Integer.parseInt(args[1]);
        double min = args.length > 2 ? Double.parseDouble(args[2]) : 0.6;
        List<CorpusSpec.Kind> kinds = List.of(CorpusSpec.Kind.FORM_16, CorpusSpec.Kind.PAYSLIP, CorpusSpec.Kind.BANK_STATEMENT,
                CorpusSpec.Kind.INTEREST_CERTIFICATE, CorpusSpec.Kind.CAPITAL_GAINS, CorpusSpec.Kind.INVESTMENT_PROOF,
                CorpusSpec.Kind.UNKNOWN);
        List<GeneratedDocument> docs = new CorpusGenerator().generate(new CorpusSpec(seed, per, kinds, Set.of()));
        KeywordClassifier classifier = new KeywordClassifier();
        int right = 0;
        int total = 0;
        int unsure = 0;
        java.util.Map<String, Double> lowest = new java.util.TreeMap<>();
        for (GeneratedDocument g : docs) {
            Document d;
            try {
                d = Loaders.standard().load(new DocumentInput(g.content(), g.contentType(), g.password(), g.hints()));
            } catch (LoadFailure e) {
                continue;
            }
            Classification c = classifier.classify(d);
            total++;
            lowest.merge(g.docType() + (c.type().name().equals(g.docType()) ? "" : "(wrong)"), c.confidence(), Math::min);
            boolean ok = c.type().name().equals(g.docType());
            boolean sure = c.confidence() >= min;
            if (ok) {
                right++;
            }
            if (!ok || !sure) {
                if (ok) {
                    unsure++;
                }
                System.out.println((ok ? "UNSURE " : "MISS ") + g.layout() + " -> " + c.type() + String.format(Locale.ROOT, " %.3f ", c.confidence())
                        + classifier.scores(d));
            }
        }
        System.out.println("lowest confidence per type: " + lowest);
        System.out.printf(Locale.ROOT, "accuracy %.4f (%d/%d), right but unsure %d%n", (double) right / total, right, total, unsure);
    }
}
