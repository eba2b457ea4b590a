package io.taxstream.dashboard.documents;

import io.taxstream.topology.client.Submission;
import java.util.concurrent.CompletableFuture;

/** Where uploaded documents go: documents.raw in production. */
@FunctionalInterface
public interface DocumentSink {

    /** Completes once the document is stored durably, or exceptionally when it could not be. */
    CompletableFuture<Void> submit(Submission submission);
}
