package io.taxstream.processors.extract;

import io.taxstream.processors.classify.Classification;
import io.taxstream.processors.model.Document;
import java.util.Map;

/**
 * Extracts the contract's fields of a classified document through whatever tiers it has (rules,
 * models). Never throws for bad content: what it cannot find it leaves out, with a note.
 */
public interface Specialist {

    Extraction extract(Document document, Classification classification, Map<String, String> hints);
}
