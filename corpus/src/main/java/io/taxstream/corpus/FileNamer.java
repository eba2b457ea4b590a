package io.taxstream.corpus;

import io.taxstream.corpus.kit.UploadNames;
import io.taxstream.corpus.util.Rng;
import java.util.Locale;

/**
 * Names files the way uploads arrive: scanner, phone camera, download and generic names, so that
 * nothing about a document's type or layout can be read from its name.
 */
final class FileNamer extends UploadNames {

    FileNamer(Rng rng) {
        super(rng);
    }

    @Override
    protected String stem(int counter) {
        return switch (rng.between(0, 6)) {
            case 0 -> String.format(Locale.ROOT, "doc-%04d", counter);
            case 1 -> String.format(Locale.ROOT, "scan%04d", rng.between(1, 9999));
            case 2 -> String.format(Locale.ROOT, "IMG_2024%02d%02d_%06d", rng.between(1, 12),
                    rng.between(1, 28), rng.between(0, 235959));
            case 3 -> "document (" + counter + ")";
            case 4 -> "upload_" + Long.toHexString(rng.nextLong() & 0xFFFFFFFFL);
            case 5 -> String.format(Locale.ROOT, "Scan_2023%02d%02d_%03d", rng.between(1, 12),
                    rng.between(1, 28), counter);
            default -> "file" + counter;
        };
    }
}
