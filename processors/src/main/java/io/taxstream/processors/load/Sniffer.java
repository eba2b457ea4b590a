package io.taxstream.processors.load;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Looks at the first bytes of an input to tell a PDF, a known binary format and text apart. Never
 * looks at a file name.
 */
public final class Sniffer {

    /** How far into the input a {@code %PDF-} header may start (some producers prepend junk). */
    public static final int MAX_HEADER_OFFSET = 1024;

    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final int TEXT_SAMPLE = 8192;
    /** Above this share of control characters in the sample, input is taken for binary. */
    private static final double MAX_CONTROL_RATIO = 0.05;

    private record Magic(String name, int[] bytes) {
    }

    private static final List<Magic> BINARY_MAGIC = List.of(
            new Magic("PNG image", new int[] {0x89, 'P', 'N', 'G'}),
            new Magic("JPEG image", new int[] {0xFF, 0xD8, 0xFF}),
            new Magic("GIF image", new int[] {'G', 'I', 'F', '8'}),
            new Magic("TIFF image", new int[] {'I', 'I', 0x2A, 0x00}),
            new Magic("TIFF image", new int[] {'M', 'M', 0x00, 0x2A}),
            new Magic("ZIP archive or office document", new int[] {'P', 'K', 0x03, 0x04}),
            new Magic("legacy office document", new int[] {0xD0, 0xCF, 0x11, 0xE0}),
            new Magic("gzip archive", new int[] {0x1F, 0x8B}),
            new Magic("RAR archive", new int[] {'R', 'a', 'r', '!'}),
            new Magic("7z archive", new int[] {'7', 'z', 0xBC, 0xAF}),
            new Magic("WebP or RIFF media", new int[] {'R', 'I', 'F', 'F'}),
            new Magic("executable", new int[] {0x7F, 'E', 'L', 'F'}),
            new Magic("executable", new int[] {'M', 'Z'}));

    private Sniffer() {
    }

    /** The offset of the {@code %PDF-} header within the first {@link #MAX_HEADER_OFFSET} bytes, or -1. */
    public static int pdfHeaderOffset(byte[] content) {
        int last = Math.min(content.length - PDF_HEADER.length, MAX_HEADER_OFFSET);
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < PDF_HEADER.length; j++) {
                if (content[i + j] != PDF_HEADER[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The name of a known binary format the input starts with, e.g. {@code PNG image}. */
    public static Optional<String> binaryFormat(byte[] content) {
        for (Magic m : BINARY_MAGIC) {
            if (startsWith(content, m.bytes())) {
                return Optional.of(m.name());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the start of the input looks like text: no NUL byte and few control characters other
     * than tab, line feed, carriage return, form feed, backspace and escape (printers' overstrike and
     * control codes). UTF-16 with
     * a byte-order mark counts as text.
     */
    public static boolean looksLikeText(byte[] content) {
        if (startsWith(content, new int[] {0xFE, 0xFF}) || startsWith(content, new int[] {0xFF, 0xFE})) {
            return true;
        }
        int n = Math.min(content.length, TEXT_SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\b' && b != 0x1B || b == 0x7F) {
                control++;
            }
        }
        return n > 0 && control <= n * MAX_CONTROL_RATIO;
    }

    private static boolean startsWith(byte[] content, int[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
