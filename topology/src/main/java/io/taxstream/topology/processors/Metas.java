package io.taxstream.topology.processors;

import io.taxstream.avro.ClassifiedDocument;
import io.taxstream.processors.pipeline.DocumentMeta;
import java.util.Map;

/** Rebuilds a document's {@link DocumentMeta} from its per-type topic record. */
final class Metas {

    private Metas() {
    }

    static DocumentMeta of(ClassifiedDocument d) {
        return new DocumentMeta(d.getDocumentId(), d.getSource(), d.getSha256(), d.getSubmittedAt(),
                d.getMetadata() == null ? Map.of() : d.getMetadata());
    }
}
