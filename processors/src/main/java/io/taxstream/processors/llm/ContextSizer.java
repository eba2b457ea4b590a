package io.taxstream.processors.llm;

import io.taxstream.processors.llm.PromptDocument.PromptPage;
import java.util.ArrayList;
import java.util.List;

/**
 * Sizes a request's context window: the type's default ({@code DocumentType.contextTokens()}),
 * raised to what the document needs (prompt, instructions and the expected answer), rounded up
 * to a multiple of 512 and never above the cap. A document that needs more than the cap is split
 * by page into parts that each fit with room for the longest answer allowed.
 */
public final class ContextSizer {

    /** Tokens taken by the instructions around the document. */
    static final int OVERHEAD_TOKENS = 192;
    /** Tokens of one field in an answer: its name, its value, the JSON around them. */
    static final int TOKENS_PER_FIELD = 16;
    private static final int STEP = 512;

    private final int cap;
    private final int outputTokens;

    /**
     * @param cap          largest context asked for
     * @param outputTokens the longest answer allowed (the request's {@code num_predict})
     */
    public ContextSizer(int cap, int outputTokens) {
        if (cap < outputTokens + OVERHEAD_TOKENS + STEP) {
            throw new IllegalArgumentException("context cap " + cap + " leaves no room for a document");
        }
        this.cap = cap;
        this.outputTokens = outputTokens;
    }

    /** A cautious token estimate: about three characters a token for text dense with numbers. */
    public static int estimateTokens(String text) {
        return (text.length() + 2) / 3;
    }

    /**
     * The answer a prompt can be expected to get: every field, and for a type with line items about
     * a third of the prompt (the rows come back as JSON); never more than the output bound.
     */
    public int expectedAnswerTokens(int fields, boolean items, int promptTokens) {
        return Math.min(outputTokens, fields * TOKENS_PER_FIELD + (items ? promptTokens / 3 : 0));
    }

    /**
     * The context for a prompt of {@code promptTokens} expecting an answer of {@code answerTokens}
     * in a type whose default is {@code typeDefault}.
     */
    public int numCtx(int typeDefault, int promptTokens, int answerTokens) {
        int needed = promptTokens + OVERHEAD_TOKENS + answerTokens;
        int rounded = (needed + STEP - 1) / STEP * STEP;
        return Math.min(cap, Math.max(typeDefault, rounded));
    }

    /** The most prompt tokens one request can carry. */
    public int maxPromptTokens() {
        return cap - OVERHEAD_TOKENS - outputTokens;
    }

    /**
     * The pages in parts that each fit in the cap, in order; a single page larger than the cap
     * is cut to fit (its tail is lost, and the extractor says so).
     */
    public List<List<PromptPage>> split(List<PromptPage> pages) {
        int budget = maxPromptTokens();
        List<List<PromptPage>> parts = new ArrayList<>();
        List<PromptPage> current = new ArrayList<>();
        int used = 0;
        for (PromptPage page : pages) {
            PromptPage p = page;
            int tokens = estimateTokens(p.rendered());
            if (tokens > budget) {
                int keep = Math.max(0, budget * 3 - 32);
                p = new PromptPage(page.number(), page.text().substring(0, Math.min(page.text().length(), keep)),
                        page.valueCount());
                tokens = estimateTokens(p.rendered());
            }
            if (!current.isEmpty() && used + tokens > budget) {
                parts.add(current);
                current = new ArrayList<>();
                used = 0;
            }
            current.add(p);
            used += tokens;
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }
}
