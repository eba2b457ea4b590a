package io.taxstream.processors.layout;

import io.taxstream.processors.model.Document;
import io.taxstream.processors.model.Page;
import io.taxstream.processors.model.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds documents for layout tests from cells placed on a grid: each cell is text at an x
 * position on a numbered row, in a 10 pt font (a character is 5 pt wide, a row 14 pt high).
 */
public final class Pages {

    private final List<Page> pages = new ArrayList<>();
    private List<Word> words = new ArrayList<>();

    /** Text at {@code x} on {@code row}; words inside it are split at spaces. */
    public Pages cell(int row, float x, String text) {
        return cell(row, x, text, 10f);
    }

    public Pages cell(int row, float x, String text, float fontSize) {
        float cursor = x;
        float charWidth = fontSize / 2;
        for (String w : text.split(" ")) {
            if (!w.isEmpty()) {
                words.add(new Word(w, cursor, 40 + row * 14f + (10 - fontSize), w.length() * charWidth, fontSize, fontSize, false));
            }
            cursor += (w.length() + 1) * charWidth;
        }
        return this;
    }

    /** Starts the next page. */
    public Pages page() {
        pages.add(new Page(pages.size() + 1, 595, 842, words));
        words = new ArrayList<>();
        return this;
    }

    public Document document() {
        if (!words.isEmpty()) {
            page();
        }
        return new Document("application/pdf", pages);
    }

    public Layout layout() {
        return Layout.of(document());
    }
}
