package io.taxstream.processors.llm;

import io.taxstream.processors.layout.Layout;
import io.taxstream.processors.layout.Line;
import io.taxstream.processors.layout.Segment;
import io.taxstream.processors.model.Document;
import io.taxstream.processors.normalize.Patterns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A document as a model sees it: page by page, boilerplate and instruction-like lines removed,
 * table rows rendered compactly as cells separated by {@code |}, repeated lines (running headers)
 * once, and the key pages first: page 1, then the pages densest with values.
 *
 * @param pages            the pages in the order the model reads them
 * @param removedLines     boilerplate lines left out
 * @param instructionLines instruction-like lines left out (a sign of prompt injection)
 */
public record PromptDocument(List<PromptPage> pages, int removedLines, int instructionLines) {

    /** One page's text. */
    public record PromptPage(int number, String text, int valueCount) {

        /** The page as it goes into the prompt, with its number. */
        public String rendered() {
            return "[page " + number + "]\n" + text;
        }
    }

    public PromptDocument {
        pages = List.copyOf(pages);
    }

    public static PromptDocument of(Document document) {
        return of(Layout.of(document));
    }

    /** The prompt of a document whose layout is already read. */
    public static PromptDocument of(Layout layout) {
        List<PromptPage> pages = new ArrayList<>();
        int removed = 0;
        int instructions = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int p = 1; p <= layout.pageCount(); p++) {
            StringBuilder sb = new StringBuilder();
            int values = 0;
            for (Line line : layout.page(p)) {
                String text = line.text();
                if (LineFilters.instruction(text)) {
                    instructions++;
                    continue;
                }
                if (LineFilters.boilerplate(text) || !seen.add(text) && text.length() > 12) {
                    removed++;
                    continue;
                }
                sb.append(render(line)).append('\n');
                values += count(text);
            }
            pages.add(new PromptPage(p, sb.toString(), values));
        }
        return new PromptDocument(keyPagesFirst(pages), removed, instructions);
    }

    /** All pages rendered, in reading order for the model. */
    public String text() {
        return render(pages);
    }

    public static String render(List<PromptPage> pages) {
        StringBuilder sb = new StringBuilder();
        for (PromptPage p : pages) {
            sb.append(p.rendered());
        }
        return sb.toString();
    }

    private static String render(Line line) {
        List<Segment> segments = line.segments();
        if (segments.size() < 2) {
            return line.text().strip();
        }
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) {
            if (sb.length() > 0) {
                sb.append(" | ");
            }
            sb.append(s.text().strip());
        }
        return sb.toString();
    }

    private static int count(String text) {
        int n = 0;
        Matcher m = Patterns.AMOUNT.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static List<PromptPage> keyPagesFirst(List<PromptPage> pages) {
        if (pages.size() < 3) {
            return pages;
        }
        List<PromptPage> rest = new ArrayList<>(pages.subList(1, pages.size()));
        rest.sort(Comparator.comparingInt(PromptPage::valueCount).reversed());
        List<PromptPage> out = new ArrayList<>();
        out.add(pages.get(0));
        out.addAll(rest);
        return out;
    }
}
