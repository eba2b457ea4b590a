package io.taxstream.dashboard.documents;

import io.taxstream.topology.client.DocumentProducer;
import io.taxstream.topology.client.Submission;
import java.util.concurrent.CompletableFuture;

/** Uploads onto documents.raw through the platform's {@link DocumentProducer} (acks=all, idempotent). */
public final class ProducerDocumentSink implements DocumentSink, AutoCloseable {

    private final DocumentProducer producer;

    public ProducerDocumentSink(DocumentProducer producer) {
        this.producer = producer;
    }

    @Override
    public CompletableFuture<Void> submit(Submission submission) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        producer.submit(submission, (metadata, error) -> {
            if (error == null) {
                done.complete(null);
            } else {
                done.completeExceptionally(error);
            }
        });
        return done;
    }

    @Override
    public void close() {
        producer.close();
    }
}
