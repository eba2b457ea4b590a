package io.taxstream.topology.processors;

import io.taxstream.avro.ExtractionResult;
import io.taxstream.topology.StoreNames;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Keeps the global result-cache store in step with the result-cache topic (a tombstone deletes). */
public final class CacheStoreUpdater implements Processor<String, ExtractionResult, Void, Void> {

    private KeyValueStore<String, ExtractionResult> store;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(StoreNames.RESULT_CACHE);
    }

    @Override
    public void process(Record<String, ExtractionResult> record) {
        if (record.value() == null) {
            store.delete(record.key());
        } else {
            store.put(record.key(), record.value());
        }
    }
}
