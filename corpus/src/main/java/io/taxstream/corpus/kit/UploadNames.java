package io.taxstream.corpus.kit;

import io.taxstream.corpus.util.Rng;
import java.util.HashSet;
import java.util.Set;

/**
 * Names files the way uploads arrive, never twice the same, so that nothing about a document's
 * type or layout can be read from its name. A set says only which stems it draws.
 */
public abstract class UploadNames {

    protected final Rng rng;
    private final Set<String> used = new HashSet<>();
    private int counter;

    protected UploadNames(Rng rng) {
        this.rng = rng;
    }

    /** The next unused name with the extension. */
    public final String next(String extension) {
        String name;
        do {
            counter++;
            name = stem(counter) + "." + extension;
        } while (!used.add(key(name)));
        return name;
    }

    /** A name without extension; {@code counter} counts the names drawn so far, this one included. */
    protected abstract String stem(int counter);

    /** What two names must differ in; by default the whole name, to the letter. */
    protected String key(String name) {
        return name;
    }
}
