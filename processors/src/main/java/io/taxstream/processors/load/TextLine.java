package io.taxstream.processors.load;

import io.taxstream.processors.model.Word;
import java.util.List;

/** Splits one line of plain text into words at their character columns. */
final class TextLine {

    private static final char ESC = 0x1B;
    private static final char BACKSPACE = '\b';
    private static final int TAB = 8;

    private TextLine() {
    }

    /**
     * Adds the words of {@code text[from, to)} on {@code row} to {@code words}.
     *
     * @return the width of the line in columns
     */
    static int words(String text, int from, int to, int row, List<Word> words) {
        StringBuilder line = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ESC) {
                i++;
            } else if (c == BACKSPACE) {
                if (line.length() > 0) {
                    line.setLength(line.length() - 1);
                }
            } else if (c == '\t') {
                do {
                    line.append(' ');
                } while (line.length() % TAB != 0);
            } else if (TextCleaner.isSpace(c)) {
                line.append(' ');
            } else if (!TextCleaner.isInvisible(c)) {
                line.append(c);
            }
        }
        int start = -1;
        for (int col = 0; col <= line.length(); col++) {
            boolean space = col == line.length() || line.charAt(col) == ' ';
            if (!space && start < 0) {
                start = col;
            } else if (space && start >= 0) {
                words.add(Word.plain(TextCleaner.clean(line.substring(start, col)), start, row));
                start = -1;
            }
        }
        return line.length();
    }
}
