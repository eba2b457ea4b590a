package io.taxstream.processors.load;

import io.taxstream.processors.model.Document;
import io.taxstream.processors.model.Page;
import io.taxstream.processors.model.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads plain text, such as dot-matrix statement prints saved as text, with monospace geometry
 * ({@link Word#plain}: character column → x, line → y), so that layout code treats column-aligned
 * text like a PDF. A page ends at a form feed or after {@value #LINES_PER_PAGE} lines. Tabs expand
 * to multiples of eight columns; printer escape codes ({@code ESC} and the character after it) and
 * backspace overstrikes ({@code A\bA} for bold) are removed. Binary input is rejected.
 */
public final class TextDocumentLoader implements DocumentLoader {

    /** The content type of the documents this loader makes. */
    public static final String CONTENT_TYPE = "text/plain";
    /** Lines per page when no form feed ends it sooner. */
    public static final int LINES_PER_PAGE = 60;
    /** Page width in columns at least, as on a standard printer. */
    private static final int MIN_COLUMNS = 80;
    /** One column right and one row down: its x is the column width, its y the row height. */
    private static final Word UNIT = Word.plain("x", 1, 1);

    private final LoadLimits limits;

    /** A loader with the default limits. */
    public TextDocumentLoader() {
        this(LoadLimits.defaults());
    }

    /** A loader with the given limits (bytes and pages apply). */
    public TextDocumentLoader(LoadLimits limits) {
        this.limits = limits;
    }

    @Override
    public Document load(DocumentInput input) throws LoadFailure {
        byte[] content = input.content();
        limits.checkSize(content);
        if (!Sniffer.looksLikeText(content)) {
            throw new LoadFailure(LoadFailure.Reason.NOT_A_DOCUMENT, Sniffer.binaryFormat(content).orElse("binary data"));
        }
        List<Page> pages = paginate(TextDecoding.decode(content));
        if (pages.stream().noneMatch(Page::hasText)) {
            throw new LoadFailure(LoadFailure.Reason.EMPTY, "no text");
        }
        return new Document(CONTENT_TYPE, pages);
    }

    private List<Page> paginate(String text) throws LoadFailure {
        List<Page> pages = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        int row = 0;
        int columns = MIN_COLUMNS;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = lineEnd(text, start);
            columns = Math.max(columns, TextLine.words(text, start, end, row, words));
            row++;
            boolean formFeed = end < n && text.charAt(end) == '\f';
            boolean last = end >= n;
            if (formFeed || row == LINES_PER_PAGE || last) {
                if (!last || !words.isEmpty() || pages.isEmpty()) {
                    addPage(pages, words, columns);
                }
                words = new ArrayList<>();
                row = 0;
                columns = MIN_COLUMNS;
            }
            start = skipBreak(text, end);
        }
        return pages;
    }

    private void addPage(List<Page> pages, List<Word> words, int columns) throws LoadFailure {
        if (pages.size() >= limits.maxPages()) {
            throw new LoadFailure(LoadFailure.Reason.TOO_MANY_PAGES, "more than " + limits.maxPages() + " pages");
        }
        pages.add(new Page(pages.size() + 1, columns * UNIT.x(), LINES_PER_PAGE * UNIT.y(), words));
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\f') {
                return i;
            }
        }
        return text.length();
    }

    /** The start of the next line: past {@code \r\n}, {@code \n}, {@code \r} or {@code \f}. */
    private static int skipBreak(String text, int end) {
        if (end >= text.length()) {
            return text.length() + 1;
        }
        if (text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') {
            return end + 2;
        }
        return end + 1;
    }
}
