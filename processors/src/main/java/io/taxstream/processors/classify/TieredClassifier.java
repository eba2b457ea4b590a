package io.taxstream.processors.classify;

import io.taxstream.processors.model.Document;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Classifiers in tiers, cheapest first: each tier decides when its confidence reaches the tier's
 * bar; otherwise the next tier is asked. When no tier is sure, the most confident verdict stands.
 * The verdict's {@link Classification#classifier()} names the tier that decided. A tier that
 * fails is passed over.
 */
public final class TieredClassifier implements Classifier {

    private static final Logger log = LoggerFactory.getLogger(TieredClassifier.class);

    /**
     * One tier.
     *
     * @param classifier the classifier
     * @param sure       confidence from which its verdict stands without asking the next tier
     */
    public record Tier(Classifier classifier, double sure) {
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
            if (best == null || c.confidence() > best.confidence()) {
                best = c;
            }
        }
        return best != null ? best : Classification.unknown("none");
    }
}
