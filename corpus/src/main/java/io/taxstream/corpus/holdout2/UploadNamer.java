package io.taxstream.corpus.holdout2;

import io.taxstream.corpus.util.Rng;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names files as they arrive from mail, chat and browser downloads ({@code download (3).pdf},
 * {@code Adobe Scan 12 Apr 2024.pdf}, {@code attachment-0042.pdf}, {@code 8f3a91c2.pdf}): nothing of the type or layout.
 */
final class UploadNamer {

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private final Rng rng;
    private final Set<String> used = new HashSet<>();
    private int counter;

    UploadNamer(Rng rng) {
        this.rng = rng;
    }

    String next(String extension) {
        String name;
        do {
            counter++;
            name = stem() + "." + extension;
        } while (!used.add(name.toLowerCase(Locale.ROOT)));
        return name;
    }

    private String stem() {
        return switch (rng.between(0, 4)) {
            case 0 -> "download (" + counter + ")";
            case 1 -> String.format(Locale.ROOT, "Adobe Scan %02d %s %d", rng.between(1, 28), MONTHS[rng.between(0, 11)],
                    rng.between(2022, 2025));
            case 2 -> String.format(Locale.ROOT, "attachment-%04d", rng.between(1, 9999));
            case 3 -> Long.toHexString(rng.nextLong() & 0xFFFFFFFFL);
            default -> String.format(Locale.ROOT, "PDF_%d%02d%02d_%04d", rng.between(2022, 2025), rng.between(1, 12),
                    rng.between(1, 28), counter);
        };
    }
}
