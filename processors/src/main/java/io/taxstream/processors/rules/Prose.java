package io.taxstream.processors.rules;

import io.taxstream.processors.layout.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document read as running text, for letters that state their figures in sentences ("... has
 * been paid interest of Rs. 42,067.35 (Rupees ...) on ..."): lines are joined with single spaces,
 * so a value wrapped onto the next line still follows its words.
 */
public final class Prose {

    /**
     * A value found in the text.
     *
     * @param value normalised value
     * @param page  page of the line it stands on
     */
    public record Found(String value, int page) {
    }

    private final String text;
    private final String lower;
    private final int[] lineStarts;
    private final int[] pages;

    private Prose(String text, int[] lineStarts, int[] pages) {
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
        this.lineStarts = lineStarts;
        this.pages = pages;
    }

    /** The running text of some lines (each line's segments joined by single spaces). */
    public static Prose of(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        int[] starts = new int[lines.size()];
        int[] pages = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            starts[i] = sb.length();
            pages[i] = lines.get(i).page();
            sb.append(lines.get(i).text().replaceAll("\\s+", " "));
        }
        return new Prose(sb.toString(), starts, pages);
    }

    public String text() {
        return text;
    }

    /**
     * The first value that follows a phrase within {@code reach} characters, where only words that
     * are no value of the same kind stand between them (an amount in words in brackets is fine).
     *
     * @param phrases lower-case regular expressions, most specific first (a space matches any white space)
     */
    public Optional<Found> after(List<String> phrases, ValueParser parser, int reach) {
        for (String phrase : phrases) {
            Matcher m = FieldRule.label(phrase).matcher(lower);
            while (m.find()) {
                int end = Math.min(text.length(), m.end() + reach);
                Optional<Parsed> p = parser.first(text.substring(m.end(), end));
                if (p.isPresent()) {
                    return Optional.of(new Found(p.get().value(), pageAt(m.end() + p.get().start())));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The last value that stands before a phrase within {@code reach} characters ("an amount of
     * Rs. 18,450 has been credited as interest").
     */
    public Optional<Found> before(List<String> phrases, ValueParser parser, int reach) {
        for (String phrase : phrases) {
            Matcher m = FieldRule.label(phrase).matcher(lower);
            while (m.find()) {
                int from = Math.max(0, m.start() - reach);
                String window = text.substring(from, m.start());
                Optional<Parsed> last = Optional.empty();
                int offset = 0;
                for (Optional<Parsed> p = parser.first(window); p.isPresent(); p = parser.first(window.substring(offset))) {
                    last = Optional.of(new Parsed(p.get().value(), offset + p.get().start(), offset + p.get().end()));
                    offset += p.get().end();
                }
                if (last.isPresent()) {
                    return Optional.of(new Found(last.get().value(), pageAt(from + last.get().start())));
                }
            }
        }
        return Optional.empty();
    }

    /** Every match of a pattern (on the original-case text), with the page of each. */
    public List<Found> all(Pattern pattern) {
        List<Found> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(new Found(m.group(m.groupCount() > 0 && m.group(1) != null ? 1 : 0), pageAt(m.start())));
        }
        return out;
    }

    /** Whether the lower-case text matches a phrase. */
    public boolean mentions(String phrase) {
        return FieldRule.label(phrase).matcher(lower).find();
    }

    private int pageAt(int offset) {
        int page = pages.length == 0 ? 0 : pages[0];
        for (int i = 0; i < lineStarts.length && lineStarts[i] <= offset; i++) {
            page = pages[i];
        }
        return page;
    }
}
