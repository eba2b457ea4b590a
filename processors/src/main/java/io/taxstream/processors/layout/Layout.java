package io.taxstream.processors.layout;

import io.taxstream.processors.model.Document;
import io.taxstream.processors.model.Page;
import io.taxstream.processors.model.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A document's lines in reading order, page after page: the layout every extractor works on.
 * Built once per document from the words' positions.
 */
public final class Layout {

    /**
     * Dot leaders ("Basic . . . . . 46,500" or "Total ........ : 0.00") only guide the eye from a
     * label to its value; without them the gap they fill separates the two like any column gap.
     */
    private static final java.util.regex.Pattern LEADER = java.util.regex.Pattern.compile("[.\u00B7\u2026_]{3,}|[.\u00B7\u2026]");

    /** The smallest gap, in points, that separates two columns (a word space is about a third of an em). */
    static final float MIN_COLUMN_GAP = 4f;

    private final List<Line> lines;
    private final int pageCount;

    private Layout(List<Line> lines, int pageCount) {
        this.lines = List.copyOf(lines);
        this.pageCount = pageCount;
    }

    public static Layout of(Document document) {
        List<Line> lines = new ArrayList<>();
        for (Page page : document.pages()) {
            lines.addAll(linesOf(page));
        }
        return new Layout(lines, document.pageCount());
    }

    /** All lines of all pages, top to bottom, page after page. */
    public List<Line> lines() {
        return lines;
    }

    public int pageCount() {
        return pageCount;
    }

    /** The lines of one page. */
    public List<Line> page(int number) {
        return lines.stream().filter(l -> l.page() == number).toList();
    }

    /**
     * Groups a page's words into lines: words whose vertical centres lie within about half a line
     * height of each other share a line, whatever order the PDF drew them in.
     */
    static List<Line> linesOf(Page page) {
        List<Word> words = new ArrayList<>(page.words());
        words.removeIf(w -> w.text().isBlank() || LEADER.matcher(w.text()).matches());
        words.sort(Comparator.comparingDouble(Word::centerY).thenComparingDouble(Word::x));
        List<List<Word>> rows = new ArrayList<>();
        List<Word> row = new ArrayList<>();
        float rowCenter = 0;
        float rowTop = 0;
        float rowBottom = 0;
        for (Word w : words) {
            if (!row.isEmpty() && !sameRow(w, rowCenter, rowTop, rowBottom)) {
                rows.add(row);
                row = new ArrayList<>();
            }
            if (row.isEmpty()) {
                rowTop = w.y();
                rowBottom = w.bottom();
            }
            row.add(w);
            rowCenter = average(row);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        List<Line> lines = new ArrayList<>(rows.size());
        for (List<Word> r : rows) {
            r.sort(Comparator.comparingDouble(Word::x));
            lines.add(new Line(r, page.number(), lines.size(), MIN_COLUMN_GAP));
        }
        return lines;
    }

    /**
     * A word shares a row when its centre is near the row's, or when its box overlaps the row's
     * first word by half the smaller height (a larger amount beside a small label).
     */
    private static boolean sameRow(Word w, float rowCenter, float rowTop, float rowBottom) {
        float smaller = Math.min(w.height(), rowBottom - rowTop);
        if (Math.abs(w.centerY() - rowCenter) <= Math.max(1.5f, 0.45f * smaller)) {
            return true;
        }
        float overlap = Math.min(w.bottom(), rowBottom) - Math.max(w.y(), rowTop);
        return overlap >= 0.5f * smaller;
    }

    private static float average(List<Word> row) {
        float sum = 0;
        for (Word w : row) {
            sum += w.centerY();
        }
        return sum / row.size();
    }

}
