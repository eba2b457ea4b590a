package io.taxstream.corpus.bad;

import io.taxstream.corpus.Layout;
import io.taxstream.corpus.Rendered;
import io.taxstream.corpus.payslip.SideBySidePayslip;
import io.taxstream.corpus.pdf.PdfWriter;
import io.taxstream.corpus.util.Rng;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Unreadable uploads: a truncated PDF, an empty file, random bytes, a PNG named like a PDF, a PDF
 * locked with a password nobody is given, and a scanned page with no text layer. One layout per kind.
 */
public final class BadDocuments implements Layout {

    private final BadKind kind;

    private BadDocuments(BadKind kind) {
        this.kind = kind;
    }

    /** One layout per kind of bad input. */
    public static List<Layout> all() {
        return Arrays.stream(BadKind.values()).<Layout>map(BadDocuments::new).toList();
    }

    @Override
    public String docType() {
        return "UNKNOWN";
    }

    @Override
    public String name() {
        return "bad-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Override
    public List<Rendered> render(Rng rng) {
        byte[] bytes = switch (kind) {
            case TRUNCATED -> truncated(rng);
            case EMPTY -> new byte[0];
            case RANDOM_BYTES -> random(rng, rng.between(512, 40_000));
            case PNG_IMAGE -> ScannedImage.png(rng);
            case LOCKED_WITHOUT_PASSWORD -> PdfWriter.encrypt(realPdf(rng), rng.alnum(10), rng.nextLong());
            case IMAGE_ONLY -> ScannedImage.pdf(rng);
        };
        String type = kind == BadKind.IMAGE_ONLY || kind == BadKind.LOCKED_WITHOUT_PASSWORD || kind == BadKind.TRUNCATED
                ? Rendered.PDF : Rendered.BINARY;
        return List.of(new Rendered(bytes, type, kind.truth(), Optional.empty(), Map.of()));
    }

    private static byte[] realPdf(Rng rng) {
        return new SideBySidePayslip().render(rng).get(0).content();
    }

    private static byte[] truncated(Rng rng) {
        byte[] pdf = realPdf(rng);
        return Arrays.copyOf(pdf, pdf.length * rng.between(30, 70) / 100);
    }

    private static byte[] random(Rng rng, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) rng.between(0, 255);
        }
        return b;
    }
}
