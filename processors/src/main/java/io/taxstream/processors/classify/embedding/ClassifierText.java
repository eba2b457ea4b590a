package io.taxstream.processors.classify.embedding;

import io.taxstream.processors.layout.Layout;
import io.taxstream.processors.layout.Line;
import io.taxstream.processors.llm.LineFilters;
import io.taxstream.processors.model.Document;

/**
 * The part of a document a classifier reads: its opening lines in reading order (titles, issuer,
 * the first labels), boilerplate and instruction-like lines left out, cut to a length. (Putting
 * headings in large or bold type first was tried and classified worse on the development corpus.)
 */
public final class ClassifierText {

    private ClassifierText() {
    }

    public static String of(Document document, int maxChars) {
        StringBuilder sb = new StringBuilder();
        for (Line line : Layout.of(document).lines()) {
            String text = line.text().strip();
            if (text.isEmpty() || LineFilters.boilerplate(text) || LineFilters.instruction(text)) {
                continue;
            }
            String cells = text.replaceAll("\\s{2,}", " | ");
            if (sb.length() + cells.length() + 1 > maxChars) {
                break;
            }
            sb.append(cells).append('\n');
        }
        return sb.toString();
    }
}
