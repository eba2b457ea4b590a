package io.taxstream.topology;

import io.taxstream.avro.DocType;
import java.util.Locale;

/** Names of the topology's state stores, defined once. */
public final class StoreNames {

    /** Global store of finished results by {@code sha256:pipeline-version}, fed by the result-cache topic. */
    public static final String RESULT_CACHE = "result-cache-store";

    private StoreNames() {
    }

    /** The store of documents a specialist has taken but not yet finished (survives crashes). */
    public static String pending(DocType type) {
        return "specialist-" + slug(type) + "-pending";
    }

    /** A short lower-case name of a type for node and store names, e.g. {@code form16}. */
    public static String slug(DocType type) {
        return type == DocType.FORM_16 ? "form16" : type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
