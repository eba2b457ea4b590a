package io.taxstream.processors.llm;

import io.taxstream.avro.DocType;
import io.taxstream.processors.layout.Layout;
import io.taxstream.processors.model.Document;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A document prepared once for every model the cascade asks: its prompt text and its evidence
 * for the grounding guard.
 *
 * @param type     the document type
 * @param prompt   what the models read
 * @param evidence what the grounding guard checks against
 * @param sections named parts found in the text (Part A, Part B of a Form 16), which decide
 *                 conditional requirements
 */
public record LlmInput(DocType type, PromptDocument prompt, DocumentEvidence evidence, Set<String> sections) {

    public LlmInput {
        sections = Set.copyOf(sections);
    }

    public static LlmInput of(Document document, DocType type) {
        Layout layout = Layout.of(document); // read once for the prompt and for the grounding evidence
        PromptDocument prompt = PromptDocument.of(layout);
        return new LlmInput(type, prompt, DocumentEvidence.of(layout), sections(type, prompt.text()));
    }

    private static Set<String> sections(DocType type, String text) {
        Set<String> out = new LinkedHashSet<>();
        if (type == DocType.FORM_16) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.contains("part a") || lower.contains("part-a")) {
                out.add("part_a");
            }
            if (lower.contains("part b") || lower.contains("part-b")) {
                out.add("part_b");
            }
        }
        return out;
    }
}
