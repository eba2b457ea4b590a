package io.taxstream.processors.llm;

import java.util.regex.Pattern;

/**
 * Lines a model should not see: boilerplate and disclaimers (they cost context and carry no
 * field), and text that reads as instructions to a model (prompt injection). Instruction-like
 * lines are also no evidence for the grounding guard: a value that only they print is not grounded.
 */
public final class LineFilters {

    private static final Pattern BOILERPLATE = Pattern.compile("(?i)computer[- ]generated|system[- ]generated"
            + "|does not require (?:a |any )?signature|signature (?:is )?not required|\\bdisclaimer\\b"
            + "|terms (?:and|&) conditions|^\\s*page \\d+ (?:of|/) \\d+\\s*$|\\be\\.?\\s?&\\s?o\\.?\\s?e\\b"
            + "|for any (?:queries|query|discrepanc|clarification)|toll[- ]free|customer care|please do not reply"
            + "|this (?:is an? )?(?:electronically|digitally) (?:generated|signed)");

    private static final Pattern INSTRUCTION = Pattern.compile("(?i)\\b(?:ignore|disregard|forget)\\b.{0,40}"
            + "\\b(?:instructions?|above|previous|prior|earlier|figures|values|rules)\\b"
            + "|\\b(?:you are|act as|as) an? (?:ai|assistant|language model|llm|chatbot)\\b"
            + "|^\\s*(?:system|assistant|ai|llm)\\s*(?:prompt|note|instruction)?\\s*:"
            + "|\\b(?:new|updated|override) instructions?\\b"
            + "|\\b(?:report|output)\\s+(?:the\\s+)?(?:[a-z_]+\\s+){0,3}as\\s+(?:rs\\.?\\s*|inr\\s*|\u20B9\\s*)?\\d"
            + "|\\binstead (?:report|use|output|return)\\b|\\bnote to (?:the )?(?:ai|model|assistant|llm)\\b");

    private LineFilters() {
    }

    /** Whether a line is boilerplate: a disclaimer, a page number, a notice without fields. */
    public static boolean boilerplate(String line) {
        return BOILERPLATE.matcher(line).find();
    }

    /** Whether a line reads as instructions to a model. */
    public static boolean instruction(String line) {
        return INSTRUCTION.matcher(line).find();
    }
}
