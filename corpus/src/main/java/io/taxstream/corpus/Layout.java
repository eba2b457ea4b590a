package io.taxstream.corpus;

import io.taxstream.corpus.util.Rng;
import java.util.List;

/**
 * One way of drawing one document type. A layout makes up the document's data from the random
 * source, draws it, and records as truth exactly what it printed.
 */
public interface Layout {

    /** The contract doc_type the layout produces. */
    String docType();

    /** A stable name, unique within the type, for coverage reports. */
    String name();

    /** Draws one document (or a set printed together, like a split Form 16). */
    List<Rendered> render(Rng rng);
}
