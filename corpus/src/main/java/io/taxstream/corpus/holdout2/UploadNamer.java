package io.taxstream.corpus.holdout2;

import io.taxstream.corpus.kit.UploadNames;
import io.taxstream.corpus.util.Rng;
import java.util.Locale;

/**
 * Names files as they arrive from mail, chat and browser downloads ({@code download (3).pdf},
 * {@code Adobe Scan 12 Apr 2024.pdf}, {@code attachment-0042.pdf}, {@code 8f3a91c2.pdf}): nothing of the type or layout.
 * Names differ in more than case, as they must on case-insensitive file systems.
 */
final class UploadNamer extends UploadNames {

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    UploadNamer(Rng rng) {
        super(rng);
    }

    @Override
    protected String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    protected String stem(int counter) {
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
