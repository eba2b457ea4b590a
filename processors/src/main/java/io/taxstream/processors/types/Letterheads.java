package io.taxstream.processors.types;

import io.taxstream.processors.layout.Line;
import io.taxstream.processors.layout.Segment;
import io.taxstream.processors.model.Word;
import io.taxstream.processors.normalize.Normalizers;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The issuer's name in a letterhead: the largest print among the first lines of page 1, unless it
 * is the document's own title ("Rent Receipt", "Interest Certificate") or page furniture. Unlike
 * {@link Titles} it takes a name with a place in it ("St. Anne's School, Civil Lines").
 */
final class Letterheads {

    private static final int TOP_LINES = 6;
    private static final Pattern NOT_ISSUER = Pattern.compile("(?i)\\breceipt\\b|certificate|statement|\\bpage\\b|\\bdate\\b"
            + "|to whom(so)?ever|\\bdear\\b|@|www\\.|https?:|\\btel\\b|phone|e-?mail|^\\W*$|\\d{6}");

    private Letterheads() {
    }

    /**
     * The largest print among the first lines' segments: a letterhead often shares its line with a
     * date or a reference on the right ("Deutsche Bank AG ... Date: 11-May-2024"), which must not
     * hide the name beside it.
     */
    static Optional<String> title(List<Line> lines) {
        Segment best = null;
        float bestSize = 0;
        for (int i = 0; i < Math.min(TOP_LINES, lines.size()); i++) {
            Line line = lines.get(i);
            if (line.page() != lines.get(0).page()) {
                continue;
            }
            for (Segment segment : line.segments()) {
                float size = size(segment.words());
                if (!NOT_ISSUER.matcher(segment.text()).find() && size > bestSize + 0.5f) {
                    best = segment;
                    bestSize = size;
                }
            }
        }
        return best == null ? Optional.empty() : Normalizers.name(best.text());
    }

    private static float size(List<Word> words) {
        float max = 0;
        for (Word w : words) {
            max = Math.max(max, w.fontSize() > 0 ? w.fontSize() : w.height());
        }
        return max;
    }
}
