package io.taxstream.processors.load;

/**
 * Character clean-up shared by the loaders: typographic ligatures are spelled out ({@code ﬁ} →
 * {@code fi}), every kind of space (NBSP, thin, figure, ideographic) becomes a plain space, and
 * invisible characters (zero-width spaces and joiners, BOM, soft hyphen, bidi marks, control
 * characters) are dropped.
 */
public final class TextCleaner {

    private static final String[] LIGATURES = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};

    private TextCleaner() {
    }

    /** Whether a character separates words. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0' || c == '\u1680'
                || c >= '\u2000' && c <= '\u200A' || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /** Whether a character is invisible and carries no text. */
    public static boolean isInvisible(char c) {
        return c < 0x20 && !isSpace(c) || c >= 0x7F && c <= 0x9F || c == '\u00AD' || c >= '\u200B' && c <= '\u200F'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2060' && c <= '\u2064' || c == '\uFEFF';
    }

    /**
     * The cleaned form of a string: ligatures expanded, spaces made plain, invisible characters
     * removed. Returns the same instance when nothing changes (the common case, without allocation).
     */
    public static String clean(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && needsNothing(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n + 4).append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (needsNothing(c)) {
                b.append(c);
            } else if (isSpace(c)) {
                b.append(' ');
            } else if (c >= '\uFB00' && c <= '\uFB06') {
                b.append(LIGATURES[c - '\uFB00']);
            } else if (!isInvisible(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether a character stays as it is; ASCII is decided by the first comparison. */
    private static boolean needsNothing(char c) {
        if (c >= ' ' && c < 0x7F) {
            return true;
        }
        return !isSpace(c) && !isInvisible(c) && (c < '\uFB00' || c > '\uFB06');
    }
}
