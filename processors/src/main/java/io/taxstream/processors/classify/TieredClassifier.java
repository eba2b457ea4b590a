package io.taxstream.processors.classify;

import io.taxstream.processors.model.Document;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Classifiers in tiers, cheapest first, each more capable than the one before: a tier decides
 * when its confidence reaches the tier's bar ({@code sure}); otherwise the next tier is asked.
 * When no tier is sure, the last tier whose confidence reaches its {@code floor} decides (a tier
 * that cannot answer, such as the LLM tier with the server down, gives confidence 0), and failing
 * that the most confident verdict; a verdict below the review threshold still sends the document
 * to review. The verdict's {@link Classification#classifier()} names the tier that decided. A
 * tier that fails is passed over.
 */
public final class TieredClassifier implements Classifier {

    private static final Logger log = LoggerFactory.getLogger(TieredClassifier.class);

    /**
     * One tier.
     *
     * @param classifier the classifier
     * @param sure       confidence from which its verdict stands without asking the next tier
     * @param floor      confidence from which its verdict overrides earlier unsure tiers
     */
    public record Tier(Classifier classifier, double sure, double floor) {

        /** A tier whose every verdict overrides earlier unsure tiers. */
        public Tier(Classifier classifier, double sure) {
            this(classifier, sure, Double.MIN_VALUE);
        }
    }

    private final List<Tier> tiers;

    public TieredClassifier(List<Tier> tiers) {
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("a tiered classifier needs at least one tier");
        }
        this.tiers = List.copyOf(tiers);
    }

    @Override
    public Classification classify(Document document) {
        Classification best = null;
        Classification overriding = null;
        for (Tier tier : tiers) {
            Classification c;
            try {
                c = tier.classifier().classify(document);
            } catch (RuntimeException | LinkageError e) {
                // e.g. the embedding model's native runtime missing on this platform
                log.warn("classifier tier {} failed: {}", tier.classifier().getClass().getSimpleName(), e.toString());
                continue;
            }
            if (c.confidence() >= tier.sure()) {
                return c;
            }
            if (c.confidence() >= tier.floor()) {
                overriding = c;
            }
            if (best == null || c.confidence() > best.confidence()) {
                best = c;
            }
        }
        if (overriding != null) {
            return overriding;
        }
        return best != null ? best : Classification.unknown("none");
    }
}
