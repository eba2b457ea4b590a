package io.taxstream.processors.extract;

import io.taxstream.avro.DocType;
import io.taxstream.processors.classify.Classification;
import io.taxstream.processors.model.Document;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rules tier alone: the type's extractor, or, for a type without one, an empty extraction
 * whose note sends the document to review — never a made-up value.
 */
public final class RulesSpecialist implements Specialist {

    public static final String TIER = "rules";

    private final Map<DocType, Extractor> extractors = new EnumMap<>(DocType.class);

    public RulesSpecialist(List<Extractor> extractors) {
        for (Extractor e : extractors) {
            this.extractors.put(e.type(), e);
        }
    }

    @Override
    public Extraction extract(Document document, Classification classification, Map<String, String> hints) {
        long start = System.nanoTime();
        Extractor extractor = extractors.get(classification.type());
        if (extractor == null) {
            String note = classification.type() == DocType.UNKNOWN ? "no extractor for an unrecognised document"
                    : "no extractor for " + classification.type() + " yet";
            return Extraction.none(TIER, note)
                    .withAttempts(List.of(new TierAttempt(TIER, null, "skipped", 0, note)));
        }
        Extraction found = extractor.extract(document);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return found.withAttempts(List.of(new TierAttempt(TIER, null, found.fields().isEmpty() ? "incomplete" : "ok", millis, null)));
    }
}
