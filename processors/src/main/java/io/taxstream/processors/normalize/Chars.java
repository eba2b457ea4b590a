package io.taxstream.processors.normalize;

/**
 * Folds the typographic variants that PDFs and word processors print into the plain characters the
 * normalisers parse: dashes and the minus sign become {@code -}, every kind of space a plain space,
 * invisible characters (zero-width, BOM, soft hyphen) disappear. Allocates only when needed.
 */
final class Chars {

    private Chars() {
    }

    /** The folded string; the same instance when nothing needs folding. */
    static String fold(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && isPlain(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (isPlain(c)) {
                b.append(c);
            } else if (isDash(c)) {
                b.append('-');
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                b.append(' ');
            } else if (!isInvisible(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isPlain(char c) {
        return c >= ' ' && c < 0x7F;
    }

    private static boolean isDash(char c) {
        return c == '\u2212' || c >= '\u2010' && c <= '\u2015' || c == '\uFE63' || c == '\uFF0D';
    }

    private static boolean isInvisible(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u00AD' || c >= '\u200B' && c <= '\u200F'
                || c >= '\u2060' && c <= '\u2064' || c == '\uFEFF';
    }
}
