package io.taxstream.corpus;

import io.taxstream.corpus.util.Rng;
import java.util.HashSet;
import java.util.Set;

/**
 * Names files the way uploads arrive: scanner, phone camera, download and generic names, so that
 * nothing about a document's type or layout can be read from its name.
 */
final class FileNamer {

    private final Rng rng;
    private final Set<String> used = new HashSet<>();
    private int counter;

    FileNamer(Rng rng) {
        this.rng = rng;
    }

    String next(String extension) {
        String name;
        do {
            counter++;
            name = stem() + "." + extension;
        } while (!used.add(name));
        return name;
    }

    private String stem() {
        return switch (rng.between(0, 6)) {
            case 0 -> String.format(java.util.Locale.ROOT, "doc-%04d", counter);
            case 1 -> String.format(java.util.Locale.ROOT, "scan%04d", rng.between(1, 9999));
            case 2 -> String.format(java.util.Locale.ROOT, "IMG_2024%02d%02d_%06d", rng.between(1, 12),
                    rng.between(1, 28), rng.between(0, 235959));
            case 3 -> "document (" + counter + ")";
            case 4 -> "upload_" + Long.toHexString(rng.nextLong() & 0xFFFFFFFFL);
            case 5 -> String.format(java.util.Locale.ROOT, "Scan_2023%02d%02d_%03d", rng.between(1, 12),
                    rng.between(1, 28), counter);
            default -> "file" + counter;
        };
    }
}
