package io.taxstream.corpus.holdout;

import io.taxstream.corpus.kit.UploadNames;
import io.taxstream.corpus.util.Rng;
import java.util.Locale;

/** Names files as scanners and phones do ({@code scan0001.pdf}, {@code SCN_0042.pdf}, ...): they say nothing of the type. */
final class ScanNamer extends UploadNames {

    ScanNamer(Rng rng) {
        super(rng);
    }

    @Override
    protected String stem(int counter) {
        return switch (rng.between(0, 3)) {
            case 0 -> String.format(Locale.ROOT, "scan%04d", counter);
            case 1 -> String.format(Locale.ROOT, "SCN_%04d", rng.between(1, 9999));
            case 2 -> String.format(Locale.ROOT, "CamScanner %02d-%02d-2024 %02d.%02d", rng.between(1, 28),
                    rng.between(1, 12), rng.between(8, 21), rng.between(0, 59));
            default -> String.format(Locale.ROOT, "Document_%d", counter);
        };
    }
}
