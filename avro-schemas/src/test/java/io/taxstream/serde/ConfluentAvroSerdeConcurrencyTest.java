package io.taxstream.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxstream.avro.RawDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One serde shared by several threads, as Kafka Streams shares it between stream threads. */
class ConfluentAvroSerdeConcurrencyTest {

    @Test
    void shouldRoundTripCorrectlyWhenSharedBetweenThreads() throws Exception {
        final CountingRegistry registry = new CountingRegistry(new InMemorySchemaRegistry());
        final ConfluentAvroSerde<RawDocument> serde = new ConfluentAvroSerde<>(RawDocument.class, registry);
        final ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            final List<Callable<Integer>> tasks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                final int thread = t;
                tasks.add(() -> {
                    for (int i = 0; i < 200; i++) {
                        final RawDocument document = RawDocument.newBuilder(SampleRecords.raw(100 + i * 37))
                            .setDocumentId("doc-" + thread + "-" + i).build();
                        final byte[] bytes = serde.serializer().serialize("documents.raw", document);
                        assertThat(serde.deserializer().deserialize("documents.raw", bytes)).isEqualTo(document);
                    }
                    return thread;
                });
            }
            for (final Future<Integer> done : pool.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(registry.registers.get()).isBetween(1, 4);
        assertThat(registry.lookups.get()).isBetween(1, 4);
    }
}
