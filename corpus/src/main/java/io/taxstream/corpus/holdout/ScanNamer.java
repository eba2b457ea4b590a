package io.taxstream.corpus.holdout;

import io.taxstream.corpus.util.Rng;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Names files as scanners and phones do ({@code scan0001.pdf}, {@code SCN_0042.pdf}, ...): they say nothing of the type. */
final class ScanNamer {

    private final Rng rng;
    private final Set<String> used = new HashSet<>();
    private int counter;

    ScanNamer(Rng rng) {
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
        return switch (rng.between(0, 3)) {
            case 0 -> String.format(Locale.ROOT, "scan%04d", counter);
            case 1 -> String.format(Locale.ROOT, "SCN_%04d", rng.between(1, 9999));
            case 2 -> String.format(Locale.ROOT, "CamScanner %02d-%02d-2024 %02d.%02d", rng.between(1, 28),
                    rng.between(1, 12), rng.between(8, 21), rng.between(0, 59));
            default -> String.format(Locale.ROOT, "Document_%d", counter);
        };
    }
}
