package io.taxstream.processors.classify;

import io.taxstream.avro.DocType;
import io.taxstream.processors.model.Document;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Classifies by weighted phrases: each class (the seven contract types and the near misses of
 * {@link NearMissEvidence}) scores the sum of the weights of its cues present anywhere in the
 * document, a cue counting once, times 1.5 when it is on page 1. Scores become probabilities by a
 * softmax with a temperature, next to a baseline class that stands for "none of these" so that
 * thin evidence stays unsure. The verdict is the most probable type when its probability reaches
 * the threshold; otherwise, or when a near miss or the baseline wins, it is UNKNOWN with the
 * probability that the document is none of the types.
 *
 * <p>One pass over the document's tokens with a phrase trie: well under a millisecond for a
 * three-page document. Immutable and thread-safe.
 */
public final class KeywordClassifier implements Classifier {

    /** The name this classifier gives in {@link Classification#classifier()}. */
    public static final String NAME = "keywords";

    private static final Logger log = LoggerFactory.getLogger(KeywordClassifier.class);

    /**
     * Tuning of the classifier.
     *
     * @param threshold       probability a type needs to be the verdict, in (0, 1]
     * @param temperature     softmax temperature in points: a lead of this many points is a factor e
     * @param baseline        score of the "none of these" class
     * @param firstPageWeight weight of cues found on page 1 (later pages weigh 1)
     */
    public record Settings(double threshold, double temperature, double baseline, float firstPageWeight) {

        /** Threshold 0.5, temperature 2.5, baseline 6, page 1 weighing 1.5. */
        public static final Settings DEFAULTS = new Settings(0.5, 2.5, 6.0, 1.5f);

        /** Rejects settings that make no probabilities. */
        public Settings {
            if (!(threshold > 0 && threshold <= 1) || !(temperature > 0) || !(firstPageWeight > 0)) {
                throw new IllegalArgumentException("threshold must lie in (0, 1], temperature and page weight be > 0");
            }
        }
    }

    private final Settings settings;
    private final List<Evidence> classes;
    private final List<Cue> cues = new ArrayList<>();
    private final int[] classOfCue;
    private final PhraseMatcher matcher;

    /** The classifier with the default settings and evidence tables. */
    public KeywordClassifier() {
        this(Settings.DEFAULTS);
    }

    /** The classifier with the given settings and the standard evidence tables. */
    public KeywordClassifier(Settings settings) {
        this(settings, standardEvidence());
    }

    KeywordClassifier(Settings settings, List<Evidence> classes) {
        this.settings = settings;
        this.classes = List.copyOf(classes);
        List<Integer> owners = new ArrayList<>();
        for (int c = 0; c < this.classes.size(); c++) {
            for (Cue cue : this.classes.get(c).cues()) {
                cues.add(cue);
                owners.add(c);
            }
        }
        this.classOfCue = owners.stream().mapToInt(Integer::intValue).toArray();
        this.matcher = new PhraseMatcher(PhraseMatcher.tokensOf(cues));
    }

    @Override
    public Classification classify(Document document) {
        double[] scores = scoreArray(document);
        double[] p = Softmax.withBaseline(scores, settings.baseline(), settings.temperature());
        int best = -1;
        double known = 0;
        for (int c = 0; c < classes.size(); c++) {
            if (classes.get(c).type().isPresent()) {
                known += p[c];
                if (best < 0 || p[c] > p[best]) {
                    best = c;
                }
            }
        }
        Classification verdict = best >= 0 && p[best] >= settings.threshold() && isArgmax(p, best)
                ? new Classification(classes.get(best).type().orElseThrow(), clamp(p[best]), NAME)
                : new Classification(DocType.UNKNOWN, clamp(1 - known), NAME);
        log.debug("classified as {} with confidence {}", verdict.type(), verdict.confidence());
        return verdict;
    }

    /** Every class's score by its label, in table order; for diagnostics and tuning. */
    public Map<String, Double> scores(Document document) {
        double[] scores = scoreArray(document);
        Map<String, Double> byLabel = new LinkedHashMap<>();
        for (int c = 0; c < classes.size(); c++) {
            byLabel.put(classes.get(c).label(), scores[c]);
        }
        return byLabel;
    }

    private double[] scoreArray(Document document) {
        float[] found = matcher.bestPageWeights(document, settings.firstPageWeight());
        double[] scores = new double[classes.size()];
        for (int i = 0; i < found.length; i++) {
            if (found[i] > 0) {
                scores[classOfCue[i]] += cues.get(i).weight() * found[i];
            }
        }
        return scores;
    }

    /** Whether the class beats every other class, near misses and the baseline included. */
    private static boolean isArgmax(double[] p, int candidate) {
        for (int c = 0; c < p.length; c++) {
            if (p[c] > p[candidate]) {
                return false;
            }
        }
        return true;
    }

    private static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }

    private static List<Evidence> standardEvidence() {
        List<Evidence> all = new ArrayList<>(TypeEvidence.all());
        all.addAll(NearMissEvidence.all());
        return all;
    }
}
